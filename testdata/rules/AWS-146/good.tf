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
  for_each                            = toset(["alpha", "beta"])
  cluster_identifier                  = "tenant-${each.key}"
  engine                              = "aurora-postgresql"
  engine_version                      = "14.11"
  storage_encrypted                   = true
  master_username                     = "tenant"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  db_cluster_parameter_group_name     = aws_rds_cluster_parameter_group.tenant.name
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

# Databases that name no parameter group of their own are judged by the
# engine's default: PostgreSQL 15 and later force TLS.
resource "aws_db_instance" "events" { # want AWS-325
  identifier                          = "events"
  engine                              = "postgres"
  engine_version                      = "16.4"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  storage_encrypted                   = true
  username                            = "events"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  multi_az                            = true
  backup_retention_period             = 7
  deletion_protection                 = true
  copy_tags_to_snapshot               = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled        = true
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
}

# A MySQL instance whose group is in the code and requires TLS.
resource "aws_db_parameter_group" "mysql_tls" {
  name   = "app-mysql-tls"
  family = "mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "1"
  }
}

resource "aws_db_instance" "shop" { # want AWS-346
  identifier                          = "shop"
  engine                              = "mysql"
  engine_version                      = "8.0.39"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  storage_encrypted                   = true
  username                            = "shop"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  multi_az                            = true
  backup_retention_period             = 7
  deletion_protection                 = true
  copy_tags_to_snapshot               = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled        = true
  enabled_cloudwatch_logs_exports     = ["audit", "error", "general", "slowquery"]
  parameter_group_name                = aws_db_parameter_group.mysql_tls.name
}

# A same-Region read replica takes its source's parameter group, and an
# Aurora instance its cluster's.
resource "aws_db_instance" "shop_replica" {
  identifier                          = "shop-replica"
  replicate_source_db                 = aws_db_instance.shop.identifier
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["audit", "error", "general", "slowquery"]
  instance_class                      = "db.t4g.medium"
  storage_encrypted                   = true
  backup_retention_period             = 7
  deletion_protection                 = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled        = true
}

resource "aws_rds_cluster_instance" "app" {
  identifier         = "app-1"
  cluster_identifier = aws_rds_cluster.app.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}

# A group named by a name the code does not hold is not judged, nor is a
# MySQL instance without a written version (RDS picks it).
resource "aws_db_instance" "crm" { # want AWS-346
  identifier                          = "crm"
  engine                              = "mysql"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  storage_encrypted                   = true
  username                            = "crm"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  multi_az                            = true
  backup_retention_period             = 7
  deletion_protection                 = true
  copy_tags_to_snapshot               = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled        = true
  enabled_cloudwatch_logs_exports     = ["audit", "error", "general", "slowquery"]
}

resource "aws_db_instance" "hr" { # want AWS-346
  identifier                          = "hr"
  engine                              = "mysql"
  engine_version                      = "8.0.39"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  storage_encrypted                   = true
  username                            = "hr"
  manage_master_user_password         = true
  iam_database_authentication_enabled = true
  multi_az                            = true
  backup_retention_period             = 7
  deletion_protection                 = true
  copy_tags_to_snapshot               = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled        = true
  enabled_cloudwatch_logs_exports     = ["audit", "error", "general", "slowquery"]
  parameter_group_name                = "shared-mysql80-tls"
}
