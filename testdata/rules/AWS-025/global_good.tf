resource "aws_docdb_global_cluster" "catalog" {
  global_cluster_identifier = "catalog"
  engine                    = "docdb"
  engine_version            = "5.0.0"
  storage_encrypted         = true
}

resource "aws_neptune_global_cluster" "graph" {
  global_cluster_identifier    = "graph"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:111122223333:cluster:graph"
}
