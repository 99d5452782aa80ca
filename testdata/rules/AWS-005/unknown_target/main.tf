# A bucket whose name is computed, and a block whose bucket is a variable
# without a value: the block may be this bucket's, so nothing is reported.
variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "prefixed" { # want AWS-160
  bucket_prefix = "soc2lint-005-"
}

resource "aws_s3_bucket_public_access_block" "by_variable" {
  bucket                  = var.bucket_name
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "prefixed" {
  bucket = aws_s3_bucket.prefixed.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "prefixed" {
  bucket = aws_s3_bucket.prefixed.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "prefixed" {
  bucket        = aws_s3_bucket.prefixed.id
  target_bucket = "soc2lint-005-central-access-logs"
  target_prefix = "prefixed/"
}
