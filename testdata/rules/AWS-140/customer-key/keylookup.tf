# A key read through a KMS data source that names it by an alias: an alias
# under alias/aws/ is the service's AWS managed key, any other alias one
# the account created (perf28a: AWS-140 reads these data sources).
data "aws_kms_alias" "redshift_managed" {
  name = "alias/aws/redshift"
}

data "aws_kms_key" "team" {
  key_id = "alias/team-warehouse"
}

resource "aws_redshift_cluster" "managed_by_lookup" { # want AWS-185 # want AWS-408
  cluster_identifier     = "lookup-managed"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = data.aws_kms_alias.redshift_managed.target_key_arn # want AWS-140 "AWS managed key \"alias/aws/redshift\""
}

resource "aws_redshift_cluster" "team_by_lookup" { # want AWS-185 # want AWS-408
  cluster_identifier     = "lookup-team"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = data.aws_kms_key.team.arn
}
