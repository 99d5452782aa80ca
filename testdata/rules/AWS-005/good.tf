# A complete public access block, by reference.
resource "aws_s3_bucket" "blocked" { # want AWS-160
  bucket = "soc2lint-005-blocked"
}

resource "aws_s3_bucket_public_access_block" "blocked" {
  bucket                  = aws_s3_bucket.blocked.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "blocked" {
  bucket = aws_s3_bucket.blocked.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "blocked" {
  bucket = aws_s3_bucket.blocked.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "blocked" {
  bucket        = aws_s3_bucket.blocked.id
  target_bucket = "soc2lint-005-central-access-logs"
  target_prefix = "blocked/"
}
