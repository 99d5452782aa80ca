variable "force_ssl" {
  type = string
}

locals {
  pg_parameters = {
    "rds.force_ssl"              = "1"
    "log_min_duration_statement" = "500"
  }
}

resource "aws_db_parameter_group" "pg14" { # want AWS-325
  name   = "app-pg14"
  family = "postgres14"

  dynamic "parameter" {
    for_each = local.pg_parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }
}

# PostgreSQL 15 and later force SSL by default.
resource "aws_db_parameter_group" "pg16" { # want AWS-325
  name   = "app-pg16"
  family = "postgres16"
}

resource "aws_db_parameter_group" "mysql" {
  name   = "app-mysql"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

# Instance-level groups of Aurora: the cluster group decides.
resource "aws_db_parameter_group" "aurora_instance" {
  name   = "app-aurora-instance"
  family = "aurora-mysql8.0"
}

# Aurora PostgreSQL that requires TLS in its cluster group, and a version
# 17 group that leaves the parameter out (its default is not judged).
resource "aws_rds_cluster_parameter_group" "aurora_pg" {
  name   = "app-aurora-pg"
  family = "aurora-postgresql15"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_rds_cluster_parameter_group" "aurora_pg17" {
  name   = "app-aurora-pg17"
  family = "aurora-postgresql17"
}

# An Aurora PostgreSQL cluster group of version 14 with TLS forced, shared
# by clusters made with for_each.
resource "aws_rds_cluster_parameter_group" "tenant" {
  name_prefix = "tenant-"
  family      = "aurora-postgresql14"

  parameter {
    name         = "rds.force_ssl"
    value        = "1"
    apply_method = "pending-reboot"
  }

  parameter {
    name  = "log_statement"
    value = "mod"
  }
}

resource "aws_rds_cluster" "tenant" {
  for_each                        = toset(["alpha", "beta"])
  cluster_identifier              = "tenant-${each.key}"
  engine                          = "aurora-postgresql"
  engine_version                  = "14.11"
  storage_encrypted               = true
  master_username                 = "tenant"
  manage_master_user_password     = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.tenant.name
}

resource "aws_rds_cluster_parameter_group" "aurora_mysql" {
  name   = "app-aurora"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_redshift_parameter_group" "warehouse" { # want AWS-408 "enable_user_activity_logging is not set"
  name   = "warehouse"
  family = "redshift-1.0"
}

resource "aws_docdb_cluster_parameter_group" "docs" {
  name   = "docs"
  family = "docdb5.0"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_db_parameter_group" "sqlserver" {
  name   = "app-mssql"
  family = "sqlserver-se-15.0"

  parameter {
    name  = "rds.force_ssl"
    value = var.force_ssl # want-note AWS-146
  }
}

variable "workgroup_parameters" {
  type = map(string)
  default = {
    require_ssl                  = "true"
    enable_user_activity_logging = "true"
  }
}

resource "aws_redshiftserverless_workgroup" "reporting" {
  namespace_name = "analytics"
  workgroup_name = "reporting"
  dynamic "config_parameter" {
    for_each = var.workgroup_parameters
    content {
      parameter_key   = config_parameter.key
      parameter_value = config_parameter.value
    }
  }
}

# require_ssl left to the service.
resource "aws_redshiftserverless_workgroup" "default" {
  namespace_name = "analytics"
  workgroup_name = "default"
}
