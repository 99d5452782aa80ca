resource "aws_docdb_cluster" "catalog" { # want AWS-184 "enabled_cloudwatch_logs_exports is not set"
  cluster_identifier          = "catalog"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_neptune_cluster" "graph" { # want AWS-184 "enable_cloudwatch_logs_exports is not set" # want AWS-391
  cluster_identifier = "graph"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "debug_only" { # want AWS-391
  cluster_identifier             = "debug-only"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["debug"] # want AWS-184 "names none of audit"
}

resource "aws_neptune_cluster" "slow_only" { # want AWS-391
  cluster_identifier             = "slow-only"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["slowquery"] # want AWS-184 "names none of audit"
}

resource "aws_docdb_cluster" "profiler_only" {
  cluster_identifier              = "profiler-only"
  master_username                 = "catalog"
  manage_master_user_password     = true
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.quiet.name
  enabled_cloudwatch_logs_exports = ["profiler"] # want AWS-184
}

resource "aws_docdb_cluster_parameter_group" "quiet" {
  family = "docdb5.0"
  name   = "quiet"

  parameter {
    name  = "audit_logs"
    value = "disabled" # want AWS-184 "audit_logs"
  }
}

# Exported, but the default cluster parameter group leaves audit_logs
# disabled: the log group receives no audit events.
resource "aws_docdb_cluster" "orders" { # want AWS-184 "default cluster parameter group leaves audit_logs disabled"
  cluster_identifier              = "orders"
  master_username                 = "orders"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

resource "aws_docdb_cluster" "billing" {
  cluster_identifier              = "billing"
  master_username                 = "billing"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  db_cluster_parameter_group_name = "default.docdb5.0" # want AWS-184 "a default cluster parameter group"
}

# A group written for TLS that leaves audit_logs out (disabled).
resource "aws_docdb_cluster_parameter_group" "tls" {
  family = "docdb5.0"
  name   = "tls-only"

  parameter {
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "ledger" {
  cluster_identifier              = "ledger"
  master_username                 = "ledger"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.tls.name # want AWS-184 "audit_logs is not set"
}

# Exported, but the default cluster parameter group leaves the audit log off.
resource "aws_neptune_cluster" "exported_default" { # want AWS-184 "neptune_enable_audit_log at 0" # want AWS-391
  cluster_identifier             = "exported-default"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["audit"]
}

resource "aws_neptune_cluster" "exported_quiet" { # want AWS-391
  cluster_identifier                   = "exported-quiet"
  storage_encrypted                    = true
  enable_cloudwatch_logs_exports       = ["audit", "slowquery"]
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.slow_queries.name # want AWS-184 "neptune_enable_audit_log is not set"
}

resource "aws_neptune_cluster_parameter_group" "slow_queries" {
  family = "neptune1.3"
  name   = "slow-queries"

  parameter {
    name  = "neptune_enable_slow_query_log"
    value = "info"
  }
}

resource "aws_neptune_cluster_parameter_group" "audit_off" {
  family = "neptune1.3"
  name   = "audit-off"

  parameter {
    name  = "neptune_enable_audit_log"
    value = "0" # want AWS-184
  }
}
