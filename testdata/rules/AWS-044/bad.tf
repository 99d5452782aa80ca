locals {
  dax_sse = false
}

resource "aws_dax_cluster" "no_block" { # want AWS-044 AWS-163
  cluster_name       = "no-block"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1
}

resource "aws_dax_cluster" "empty_block" { # want AWS-163
  cluster_name       = "empty-block"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1

  server_side_encryption { # want AWS-044
  }
}

resource "aws_dax_cluster" "explicit_off" { # want AWS-163
  cluster_name       = "explicit-off"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1

  server_side_encryption {
    enabled = false # want AWS-044
  }
}

resource "aws_dax_cluster" "via_local" { # want AWS-163
  cluster_name       = "via-local"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1

  server_side_encryption {
    enabled = local.dax_sse # want AWS-044
  }
}
