# Aurora MySQL clusters without an audit log: the default cluster
# parameter group, a default.* group, a module-style group built from a
# list of parameters that leaves server_audit_events out, a group that
# turns auditing off, and a cluster with auditing on that does not export
# the audit log.
variable "cluster_parameters" {
  type = list(object({ name = string, value = string }))
  default = [
    { name = "server_audit_logging", value = "1" },
    { name = "require_secure_transport", value = "ON" },
  ]
}

resource "aws_rds_cluster" "orders" { # want AWS-346 "db_cluster_parameter_group_name is not set" # want AWS-391 # want AWS-146
  cluster_identifier              = "orders"
  engine                          = "aurora-mysql"
  engine_version                  = "8.0.mysql_aurora.3.05.2"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
  master_username                 = "app"
  manage_master_user_password     = true
}

resource "aws_rds_cluster" "billing" { # want AWS-391
  cluster_identifier              = "billing"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = "default.aurora-mysql8.0" # want AWS-346 "default cluster parameter group"
}

resource "aws_rds_cluster_parameter_group" "listed" {
  name   = "listed-aurora-mysql8"
  family = "aurora-mysql8.0"

  dynamic "parameter" {
    for_each = var.cluster_parameters
    content {
      name         = parameter.value.name
      value        = parameter.value.value
      apply_method = "pending-reboot"
    }
  }
}

resource "aws_rds_cluster" "reports" { # want AWS-391
  cluster_identifier              = "reports"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.listed.name # want AWS-346 "server_audit_events is not set"
}

resource "aws_rds_cluster_parameter_group" "off" {
  name   = "off-aurora-mysql8"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
  parameter {
    name  = "server_audit_logging"
    value = "0"
  }
  parameter {
    name  = "server_audit_events"
    value = "CONNECT,QUERY_DDL"
  }
}

resource "aws_rds_cluster" "ledger" { # want AWS-391
  cluster_identifier              = "ledger"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.off.id # want AWS-346 "server_audit_logging = 0"
}

resource "aws_rds_cluster_parameter_group" "audit" {
  name   = "audit-aurora-mysql8"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
  parameter {
    name  = "server_audit_logging"
    value = "1"
  }
  parameter {
    name  = "server_audit_events"
    value = "CONNECT,QUERY_DDL,QUERY_DCL"
  }
}

# Audited, but the log stays on the instances: only error and slow query
# logs reach CloudWatch Logs.
resource "aws_rds_cluster" "catalog" { # want AWS-391
  cluster_identifier              = "catalog"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["error", "slowquery"] # want AWS-346 "names none of audit"
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.audit.name
}
