resource "aws_docdb_cluster" "docs" {
  cluster_identifier = "docs"
  engine             = "docdb"
  storage_encrypted  = true
}
