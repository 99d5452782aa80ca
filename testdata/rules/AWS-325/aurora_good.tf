# Aurora PostgreSQL clusters that log statements: through the cluster
# parameter group (log_statement, or pgaudit), or through the DB parameter
# group of every instance.
locals {
  cluster_parameters = {
    "log_statement"              = "ddl"
    "log_min_duration_statement" = "1000"
    "rds.force_ssl"              = "1"
  }
}

resource "aws_rds_cluster_parameter_group" "audited" {
  name   = "audited-aurora-postgresql15"
  family = "aurora-postgresql15"

  dynamic "parameter" {
    for_each = local.cluster_parameters
    content {
      name         = parameter.key
      value        = parameter.value
      apply_method = "pending-reboot"
    }
  }
}

resource "aws_rds_cluster" "orders" { # want AWS-391
  cluster_identifier              = "orders"
  engine                          = "aurora-postgresql"
  engine_version                  = "15.4"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.audited.name
}

resource "aws_rds_cluster_instance" "orders" {
  count              = 2
  identifier         = "orders-${count.index}"
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = aws_rds_cluster.orders.engine
  instance_class     = "db.r6g.large"
}

# pgaudit, loaded in the cluster group.
resource "aws_rds_cluster_parameter_group" "pgaudit" {
  name   = "pgaudit-aurora-postgresql16"
  family = "aurora-postgresql16"

  parameter {
    name         = "shared_preload_libraries"
    value        = "pg_stat_statements,pgaudit"
    apply_method = "pending-reboot"
  }
  parameter {
    name  = "pgaudit.log"
    value = "ddl,role"
  }
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_rds_cluster" "billing" { # want AWS-391
  cluster_identifier              = "billing"
  engine                          = "aurora-postgresql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.pgaudit.id
}

# The default cluster group, but every instance sets log_statement in its
# own DB parameter group.
resource "aws_db_parameter_group" "instances" {
  name   = "instances-aurora-postgresql15"
  family = "aurora-postgresql15"

  parameter {
    name  = "log_statement"
    value = "mod"
  }
}

resource "aws_rds_cluster" "ledger" { # want AWS-391
  cluster_identifier              = "ledger"
  engine                          = "aurora-postgresql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "app"
  manage_master_user_password     = true
}

resource "aws_rds_cluster_instance" "ledger" {
  for_each                = toset(["writer", "reader"])
  identifier              = "ledger-${each.key}"
  cluster_identifier      = aws_rds_cluster.ledger.id
  engine                  = "aurora-postgresql"
  instance_class          = "db.r6g.large"
  db_parameter_group_name = aws_db_parameter_group.instances.name
}

# Aurora MySQL has no log_statement.
resource "aws_rds_cluster" "legacy" { # want AWS-346 # want AWS-391
  cluster_identifier              = "legacy"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "error"]
  master_username                 = "app"
  manage_master_user_password     = true
}

# A group that a variable names: whether it logs statements is not known.
variable "cluster_parameter_group_name" {
  type = string
}

resource "aws_rds_cluster" "shared" { # want AWS-391
  cluster_identifier              = "shared"
  engine                          = "aurora-postgresql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = var.cluster_parameter_group_name # want-note AWS-325
}
