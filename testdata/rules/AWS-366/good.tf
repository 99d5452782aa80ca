variable "db_password" {
  type      = string
  sensitive = true
}

variable "engine" {
  description = "Chosen per environment."
  type        = string
}

locals {
  postgres_databases = {
    billing = "16.3"
    catalog = "15.7"
  }
}

resource "aws_db_instance" "pg" { # want AWS-391
  for_each                        = local.postgres_databases
  identifier                      = each.key
  engine                          = "postgres"
  parameter_group_name            = aws_db_parameter_group.pg16.name
  engine_version                  = each.value
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 50
  storage_encrypted               = true
  username                        = "${each.key}_admin"
  password                        = var.db_password
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
  skip_final_snapshot             = true
}

resource "aws_rds_cluster" "ledger" { # want AWS-391
  cluster_identifier              = "ledger"
  engine                          = "aurora-postgresql"
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.apg15.name
  engine_version                  = "15.4"
  master_username                 = "ledger_admin"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  skip_final_snapshot             = true
}

resource "aws_db_instance" "reporting" { # want AWS-146
  identifier                      = "reporting"
  engine                          = "sqlserver-se"
  engine_version                  = "15.00.4365.2.v1"
  license_model                   = "license-included"
  instance_class                  = "db.m5.large"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "report_admin"
  password                        = var.db_password
  enabled_cloudwatch_logs_exports = ["agent", "error"]
  skip_final_snapshot             = true
}

# MySQL exports are not judged by this rule (AWS-183 and AWS-346 judge them).
resource "aws_db_instance" "shop" { # want AWS-391 # want AWS-346 # want AWS-146
  identifier                      = "shop"
  engine                          = "mysql"
  engine_version                  = "8.0.36"
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 20
  storage_encrypted               = true
  username                        = "shop_admin"
  password                        = var.db_password
  enabled_cloudwatch_logs_exports = ["slowquery"]
  skip_final_snapshot             = true
}

# The engine is not known here, but whatever it is the list holds both logs.
resource "aws_db_instance" "tenant" {
  identifier                      = "tenant"
  engine                          = var.engine # want-note AWS-391 # want-note AWS-346 # want-note AWS-325
  instance_class                  = "db.m5.large"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "tenant_admin"
  password                        = var.db_password
  enabled_cloudwatch_logs_exports = ["postgresql", "error"]
  skip_final_snapshot             = true
}

# The engine is not known and the list holds neither: cannot tell.
resource "aws_db_instance" "legacy" {
  identifier                      = "legacy"
  engine                          = var.engine # want-note AWS-366 # want-note AWS-391 # want-note AWS-346 # want-note AWS-325
  instance_class                  = "db.m5.large"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "legacy_admin"
  password                        = var.db_password
  enabled_cloudwatch_logs_exports = ["upgrade"]
  skip_final_snapshot             = true
}

resource "aws_db_parameter_group" "pg16" {
  name   = "pg16-audit"
  family = "postgres16"
  parameter {
    name  = "log_statement"
    value = "ddl"
  }
}

resource "aws_rds_cluster_parameter_group" "apg15" { # want AWS-146
  name   = "apg15-audit"
  family = "aurora-postgresql15"
  parameter {
    name  = "log_statement"
    value = "ddl"
  }
}
