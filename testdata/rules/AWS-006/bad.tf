# Everything but a default encryption configuration; the one below names
# a bucket that is not this one.
resource "aws_s3_bucket" "plain" { # want AWS-006 AWS-160
  bucket = "soc2lint-006-plain"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "elsewhere" {
  bucket = "soc2lint-006-not-in-this-code"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "plain" {
  bucket                  = aws_s3_bucket.plain.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "plain" {
  bucket = aws_s3_bucket.plain.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "plain" {
  bucket        = aws_s3_bucket.plain.id
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "plain/"
}
