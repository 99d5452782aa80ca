# A key read through a KMS data source that names it by an alias: an alias
# under alias/aws/ is the AWS managed key aws/rds, any other alias one the
# account created (perf28a: AWS-280 reads these data sources).
data "aws_kms_alias" "rds_managed" {
  name = "alias/aws/rds"
}

data "aws_kms_key" "team" {
  key_id = "alias/team-insights"
}

resource "aws_db_instance" "managed_by_lookup" { # want AWS-325 # want AWS-391
  identifier                      = "lookup-managed"
  engine                          = "postgres"
  instance_class                  = "db.m7g.large"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "orders"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  performance_insights_enabled    = true
  performance_insights_kms_key_id = data.aws_kms_alias.rds_managed.target_key_arn # want AWS-280 "AWS managed key \"alias/aws/rds\""
}

resource "aws_db_instance" "team_by_lookup" { # want AWS-325 # want AWS-391
  identifier                      = "lookup-team"
  engine                          = "postgres"
  instance_class                  = "db.m7g.large"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "orders"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  performance_insights_enabled    = true
  performance_insights_kms_key_id = data.aws_kms_key.team.arn
}
