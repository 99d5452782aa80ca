# Encrypted with the AWS managed key aws/rds: no key named, or its alias.
resource "aws_db_instance" "reports" { # want AWS-169 "kms_key_id is not set"
  identifier                          = "reports"
  engine                              = "postgres"
  engine_version                      = "16.3"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "app"
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = aws_kms_key.db.arn
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  parameter_group_name                = "audited-postgres16" # want-note AWS-325
  db_subnet_group_name                = "private"
}

resource "aws_kms_key" "db" {
  description         = "database secrets"
  enable_key_rotation = true
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier                  = "ledger"
  engine                              = "aurora-postgresql"
  master_username                     = "app"
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = aws_kms_key.db.arn
  storage_encrypted                   = true
  kms_key_id                          = "alias/aws/rds" # want AWS-169 "customer managed"
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  db_cluster_parameter_group_name     = "audited-aurora-postgres16" # want-note AWS-325
}

resource "aws_neptune_cluster" "social" { # want AWS-169 "kms_key_arn is not set"
  cluster_identifier                   = "social"
  engine                               = "neptune"
  storage_encrypted                    = true
  iam_database_authentication_enabled  = true
  enable_cloudwatch_logs_exports       = ["audit"]
  neptune_cluster_parameter_group_name = "audited-neptune" # want-note AWS-184
}
