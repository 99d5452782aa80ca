variable "db_password" {
  type      = string
  sensitive = true
}

variable "log_exports" {
  description = "Logs each database publishes to CloudWatch Logs."
  type        = list(string)
  default     = ["upgrade"]
}

# Only upgrade logs: the PostgreSQL log stays on the instance.
resource "aws_db_instance" "orders" { # want AWS-391
  identifier                      = "orders"
  engine                          = "postgres"
  parameter_group_name            = aws_db_parameter_group.pg16.name
  engine_version                  = "16.3"
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 50
  storage_encrypted               = true
  username                        = "orders_admin"
  password                        = var.db_password
  enabled_cloudwatch_logs_exports = ["upgrade"] # want AWS-366 "postgresql"
  skip_final_snapshot             = true
}

# The exports come from a variable whose default leaves the log out.
resource "aws_rds_cluster" "ledger" { # want AWS-391
  cluster_identifier              = "ledger"
  engine                          = "aurora-postgresql"
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.apg15.name
  engine_version                  = "15.4"
  master_username                 = "ledger_admin"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_exports # want AWS-366
  skip_final_snapshot             = true
}

# SQL Server Agent logs only: the error log (failed logins) is not exported.
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
  enabled_cloudwatch_logs_exports = ["agent"] # want AWS-366 "error"
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
