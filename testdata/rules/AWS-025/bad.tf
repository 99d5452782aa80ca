resource "aws_docdb_cluster" "docs" { # want AWS-025 AWS-184
  cluster_identifier = "docs"
  engine             = "docdb"
}

resource "aws_neptune_cluster" "graph" { # want AWS-184 # want AWS-391
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = false # want AWS-025
}
