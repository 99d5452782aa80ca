resource "aws_dax_cluster" "cache" { # want AWS-163 "cluster_endpoint_encryption_type is not set, and the default is NONE"
  cluster_name       = "cache"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}

resource "aws_dax_cluster" "plain" {
  cluster_name                     = "plain"
  iam_role_arn                     = "arn:aws:iam::111122223333:role/dax"
  node_type                        = "dax.r5.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "NONE" # want AWS-163

  server_side_encryption {
    enabled = true
  }
}
