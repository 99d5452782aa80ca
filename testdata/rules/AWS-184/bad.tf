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
  enable_cloudwatch_logs_exports = ["debug"] # want AWS-184 "names none of audit, slowquery"
}
