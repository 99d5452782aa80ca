resource "aws_docdb_global_cluster" "catalog" { # want AWS-025 "storage_encrypted is not set"
  global_cluster_identifier = "catalog"
  engine                    = "docdb"
  engine_version            = "5.0.0"
}

resource "aws_neptune_global_cluster" "graph" {
  global_cluster_identifier = "graph"
  engine                    = "neptune"
  storage_encrypted         = false # want AWS-025
}
