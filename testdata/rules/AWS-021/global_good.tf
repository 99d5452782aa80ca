resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  storage_encrypted         = true
}

# Built from an existing (encrypted) cluster: its encryption carries over.
resource "aws_rds_global_cluster" "billing" {
  global_cluster_identifier    = "billing"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:111122223333:cluster:billing"
  force_destroy                = true
}
