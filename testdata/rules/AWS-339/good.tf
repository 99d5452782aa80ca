# Access points that keep the public access block their creation gives them.

# The buckets belong to the data platform's stack.
variable "bucket" {
  type    = string
  default = "example-shared-datasets"
}

variable "teams" {
  type    = set(string)
  default = ["analytics", "ml"]
}

resource "aws_s3_access_point" "team" {
  for_each = var.teams
  bucket   = var.bucket
  name     = "datasets-${each.key}"
  vpc_configuration {
    vpc_id = "vpc-0a1b2c3d"
  }
}

resource "aws_s3_access_point" "explicit" {
  bucket = var.bucket
  name   = "datasets-explicit"
  public_access_block_configuration {
    block_public_acls       = true
    block_public_policy     = true
    ignore_public_acls      = true
    restrict_public_buckets = true
  }
}

resource "aws_s3control_multi_region_access_point" "global" {
  details {
    name = "internal-datasets"
    region {
      bucket = var.bucket
    }
  }
}
