# An RDS for PostgreSQL instance on the default parameter group: log_statement
# is none and pgaudit is not loaded.
resource "aws_db_instance" "orders" { # want AWS-325 "parameter_group_name is not set" # want AWS-391
  identifier          = "orders"
  engine              = "postgres"
  enabled_cloudwatch_logs_exports = ["postgresql"]
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  storage_encrypted   = true
  username            = "app"
  password            = var.db_password
  skip_final_snapshot = true
}

# A default group named explicitly.
resource "aws_db_instance" "reports" { # want AWS-391
  identifier           = "reports"
  engine               = "postgres"
  enabled_cloudwatch_logs_exports = ["postgresql"]
  instance_class       = "db.t4g.medium"
  allocated_storage    = 20
  storage_encrypted    = true
  username             = "app"
  password             = var.db_password
  parameter_group_name = "default.postgres16" # want AWS-325
}

# A group of its own that tunes the server but logs no statements.
resource "aws_db_parameter_group" "tuned" { # want AWS-325 "log_statement is not set"
  name   = "tuned-postgres16"
  family = "postgres16"

  parameter {
    name  = "work_mem"
    value = "65536"
  }
}

# log_statement turned off, and pgaudit loaded without any class to log.
resource "aws_db_parameter_group" "quiet" {
  name   = "quiet-postgres15"
  family = "postgres15"

  parameter {
    name  = "log_statement"
    value = "none" # want AWS-325
  }
  parameter {
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements,pgaudit"
    apply_method = "pending-reboot"
  }
}

resource "aws_db_instance" "billing" { # want AWS-391
  identifier           = "billing"
  engine               = "postgres"
  enabled_cloudwatch_logs_exports = ["postgresql"]
  instance_class       = "db.t4g.medium"
  allocated_storage    = 20
  storage_encrypted    = true
  username             = "app"
  password             = var.db_password
  parameter_group_name = aws_db_parameter_group.tuned.name
}
