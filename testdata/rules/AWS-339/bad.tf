# Access points that let their own policy open the bucket to everyone.

# The buckets belong to the data platform's stack.
variable "bucket" {
  type    = string
  default = "example-shared-datasets"
}

variable "replica_bucket" {
  type    = string
  default = "example-shared-datasets-replica"
}

variable "open_policy" {
  type    = bool
  default = true
}

resource "aws_s3_access_point" "partners" {
  bucket = var.bucket
  name   = "partners"
  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = !var.open_policy # want AWS-339 "block_public_policy = false"
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
}

resource "aws_s3_access_point" "website" {
  bucket = var.bucket
  name   = "website"
  public_access_block_configuration {
    block_public_acls       = false # want AWS-339
    block_public_policy     = false
    ignore_public_acls      = false
    restrict_public_buckets = false
  }
}

resource "aws_s3control_multi_region_access_point" "global" {
  details {
    name = "datasets"
    public_access_block {
      restrict_public_buckets = false # want AWS-339 "restrict_public_buckets"
    }
    region {
      bucket = var.bucket
    }
    region {
      bucket = var.replica_bucket
    }
  }
}
