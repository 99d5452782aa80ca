resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  master_username                 = "catalog"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier             = "graph"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["audit"]
}
