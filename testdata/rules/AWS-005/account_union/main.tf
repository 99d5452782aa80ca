# S3 applies the most restrictive combination of account and bucket
# settings: together these two blocks turn on all four.
resource "aws_s3_account_public_access_block" "this" {
  block_public_acls  = true
  ignore_public_acls = true
}

resource "aws_s3_bucket" "data" { # want AWS-160
  bucket = "soc2lint-005-account-union"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = "soc2lint-005-central-access-logs"
  target_prefix = "data/"
}
