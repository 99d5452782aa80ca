# With require-customer-key: databases that turn Performance Insights on
# and leave its data on the AWS managed key aws/rds are reported.
variable "insights_key" {
  type = string
}

resource "aws_db_instance" "orders" { # want AWS-280 "performance_insights_kms_key_id is not set" # want AWS-325 # want AWS-391
  identifier                      = "orders"
  engine                          = "postgres"
  instance_class                  = "db.m7g.large"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "orders"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  performance_insights_enabled    = true
}

resource "aws_rds_cluster" "ledger" { # want AWS-325 # want AWS-391
  cluster_identifier              = "ledger"
  engine                          = "aurora-postgresql"
  master_username                 = "ledger"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_rds_cluster_instance" "ledger" {
  count                           = 2
  identifier                      = "ledger-${count.index}"
  cluster_identifier              = aws_rds_cluster.ledger.id
  engine                          = aws_rds_cluster.ledger.engine
  instance_class                  = "db.r7g.large"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "alias/aws/rds" # want AWS-280 "alias/aws/rds"
}

# A Multi-AZ DB cluster turns Performance Insights on for the cluster.
resource "aws_rds_cluster" "reports" { # want AWS-280 # want AWS-391
  cluster_identifier              = "reports"
  engine                          = "postgres"
  db_cluster_instance_class       = "db.m6gd.large"
  storage_type                    = "io1"
  allocated_storage               = 100
  iops                            = 1000
  master_username                 = "reports"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  performance_insights_enabled    = true
}

resource "aws_db_instance" "from_variable" { # want AWS-391 # want AWS-346
  identifier                      = "billing"
  engine                          = "mysql"
  instance_class                  = "db.m7g.large"
  allocated_storage               = 50
  storage_encrypted               = true
  username                        = "billing"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["audit", "error"]
  performance_insights_enabled    = true
  performance_insights_kms_key_id = var.insights_key # want-note AWS-280
}
