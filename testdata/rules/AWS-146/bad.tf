resource "aws_db_parameter_group" "pg14" { # want AWS-146 "rds.force_ssl is not set, and the default for family postgres14 is 0" # want AWS-325
  name   = "app-pg14"
  family = "postgres14"

  parameter {
    name  = "log_min_duration_statement"
    value = "500"
  }
}

resource "aws_db_parameter_group" "pg16_off" { # want AWS-325
  name   = "app-pg16"
  family = "postgres16"

  parameter {
    name  = "rds.force_ssl"
    value = "0" # want AWS-146
  }
}

resource "aws_db_parameter_group" "mysql" { # want AWS-146
  name   = "app-mysql"
  family = "mysql8.0"
}

resource "aws_rds_cluster_parameter_group" "aurora_mysql" {
  name   = "app-aurora"
  family = "aurora-mysql8.0"

  parameter {
    name         = "require_secure_transport"
    value        = "OFF" # want AWS-146
    apply_method = "immediate"
  }
}

# Aurora PostgreSQL 14 leaves rds.force_ssl at its default, 0.
resource "aws_rds_cluster_parameter_group" "aurora_pg" { # want AWS-146 "rds.force_ssl is not set, and the default for family aurora-postgresql14 is 0"
  name   = "app-aurora-pg"
  family = "aurora-postgresql14"

  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
}

resource "aws_rds_cluster" "app" {
  cluster_identifier                  = "app"
  engine                              = "aurora-postgresql"
  engine_version                      = "14.11"
  storage_encrypted                   = true
  master_username                     = "app"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  db_cluster_parameter_group_name     = aws_rds_cluster_parameter_group.aurora_pg.name
}

resource "aws_redshift_parameter_group" "warehouse" { # want AWS-408 "enable_user_activity_logging is not set"
  name   = "warehouse"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "false" # want AWS-146
  }
}

resource "aws_docdb_cluster_parameter_group" "docs" {
  name   = "docs"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "disabled" # want AWS-146
  }
}

# A Redshift Serverless workgroup that lets clients connect without TLS.
resource "aws_redshiftserverless_workgroup" "adhoc" {
  namespace_name = "analytics"
  workgroup_name = "adhoc"
  config_parameter {
    parameter_key   = "enable_user_activity_logging"
    parameter_value = "true"
  }
  config_parameter {
    parameter_key   = "require_ssl"
    parameter_value = "false" # want AWS-146 "require_ssl"
  }
}
