resource "aws_docdb_cluster" "catalog" { # want AWS-184 "enabled_cloudwatch_logs_exports is not set"
  cluster_identifier          = "catalog"
  master_username             = "catalog"
  manage_master_user_password = true
  storage_encrypted           = true
}

resource "aws_neptune_cluster" "graph" { # want AWS-184 "enable_cloudwatch_logs_exports is not set"
  cluster_identifier = "graph"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "debug_only" {
  cluster_identifier             = "debug-only"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["debug"] # want AWS-184 "names none of audit"
}

resource "aws_neptune_cluster" "slow_only" {
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
