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

# A MySQL 8.0 instance that names no parameter group runs on
# default.mysql8.0, where require_secure_transport is OFF.
resource "aws_db_instance" "orders" { # want AWS-346 # want AWS-146 "parameter_group_name is not set: the default parameter group of family mysql8.0 leaves require_secure_transport at OFF"
  identifier                          = "orders"
  engine                              = "mysql"
  engine_version                      = "8.0.39"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  storage_encrypted                   = true
  username                            = "orders"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  multi_az                            = true
  backup_retention_period             = 7
  deletion_protection                 = true
  auto_minor_version_upgrade          = true
  copy_tags_to_snapshot               = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled        = true
  enabled_cloudwatch_logs_exports     = ["audit", "error", "general", "slowquery"]
}

# A PostgreSQL 14 instance naming the default group outright.
resource "aws_db_instance" "ledger" {
  identifier                          = "ledger"
  engine                              = "postgres"
  engine_version                      = "14.12"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  storage_encrypted                   = true
  username                            = "ledger"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  multi_az                            = true
  backup_retention_period             = 7
  deletion_protection                 = true
  auto_minor_version_upgrade          = true
  copy_tags_to_snapshot               = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled        = true
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
  parameter_group_name                = "default.postgres14" # want AWS-146 "default.postgres14" # want AWS-325
}

# SQL Server leaves rds.force_ssl at 0 in every edition and version.
resource "aws_db_instance" "reports" { # want AWS-146 "family sqlserver"
  identifier                      = "reports"
  engine                          = "sqlserver-se"
  license_model                   = "license-included"
  instance_class                  = "db.m6i.xlarge"
  allocated_storage               = 100
  storage_encrypted               = true
  username                        = "reports"
  manage_master_user_password     = true
  multi_az                        = true
  backup_retention_period         = 7
  deletion_protection             = true
  auto_minor_version_upgrade      = true
  copy_tags_to_snapshot           = true
  monitoring_interval             = 60
  monitoring_role_arn             = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled    = true
  enabled_cloudwatch_logs_exports = ["agent", "error"]
}

# An Aurora MySQL 3 cluster on the default cluster parameter group.
resource "aws_rds_cluster" "catalog" { # want AWS-346 # want AWS-146 "family aurora-mysql8.0 leaves require_secure_transport at OFF"
  cluster_identifier                  = "catalog"
  engine                              = "aurora-mysql"
  engine_version                      = "8.0.mysql_aurora.3.05.2"
  storage_encrypted                   = true
  master_username                     = "catalog"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  backup_retention_period             = 7
  deletion_protection                 = true
  copy_tags_to_snapshot               = true
  enabled_cloudwatch_logs_exports     = ["audit", "error", "general", "slowquery"]
}
