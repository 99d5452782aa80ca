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

resource "aws_neptune_cluster" "slow_only" {
  cluster_identifier             = "slow-only"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["slowquery"] # want AWS-184 "does not include \"audit\""
}
