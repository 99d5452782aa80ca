# With require-customer-key: Performance Insights on a customer managed key,
# or off, is not reported.
variable "insights_on" {
  type    = bool
  default = false
}

resource "aws_kms_key" "insights" {
  description         = "RDS Performance Insights"
  enable_key_rotation = true
}

resource "aws_db_instance" "orders" { # want AWS-325 # want AWS-391
  identifier                      = "orders"
  engine                          = "postgres"
  instance_class                  = "db.m7g.large"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "orders"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.insights.arn
}

resource "aws_db_instance" "no_insights" { # want AWS-325 # want AWS-391
  identifier                      = "scratch"
  engine                          = "postgres"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  username                        = "scratch"
  manage_master_user_password     = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  performance_insights_enabled    = var.insights_on
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
  for_each                        = toset(["a", "b"])
  identifier                      = "ledger-${each.key}"
  cluster_identifier              = aws_rds_cluster.ledger.id
  engine                          = aws_rds_cluster.ledger.engine
  instance_class                  = "db.r7g.large"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
