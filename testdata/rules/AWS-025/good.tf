resource "aws_docdb_cluster" "ok_docs" { # want AWS-184
  cluster_identifier = "docs"
  engine             = "docdb"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "ok_graph" { # want AWS-184 # want AWS-391
  cluster_identifier = "graph"
  engine             = "neptune"
  storage_encrypted  = true
}

# A restore inherits the snapshot's encryption.
resource "aws_docdb_cluster" "ok_restored" { # want AWS-184
  cluster_identifier  = "restored"
  snapshot_identifier = "docs-final"
}
