variable "dax_sse_unknown" {
  type = bool
}

variable "dax_sse_blocks" {
  type = list(bool)
}

resource "aws_dax_cluster" "ok_encrypted" { # want AWS-163
  cluster_name       = "ok-encrypted"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}

resource "aws_dax_cluster" "ok_unknown" { # want AWS-163
  cluster_name       = "ok-unknown"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1

  server_side_encryption {
    enabled = var.dax_sse_unknown # want-note AWS-044
  }
}

# The block comes from a variable with no value: unknown.
resource "aws_dax_cluster" "ok_unknown_block" { # want AWS-163
  cluster_name       = "ok-unknown-block"
  iam_role_arn       = "arn:aws:iam::111122223333:role/dax"
  node_type          = "dax.r5.large"
  replication_factor = 1

  dynamic "server_side_encryption" {
    for_each = var.dax_sse_blocks
    content {
      enabled = server_side_encryption.value # want-note AWS-044
    }
  }
}
