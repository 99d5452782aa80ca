variable "restrict_public_buckets" {
  type    = bool
  default = true
}

resource "aws_s3_bucket" "data" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-290-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = var.restrict_public_buckets
}
