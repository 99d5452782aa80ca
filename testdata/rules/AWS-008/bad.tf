# No versioning configuration.
resource "aws_s3_bucket" "unversioned" { # want AWS-008 AWS-160
  bucket = "soc2lint-008-unversioned"
}

resource "aws_s3_bucket_public_access_block" "unversioned" {
  bucket                  = aws_s3_bucket.unversioned.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "unversioned" {
  bucket = aws_s3_bucket.unversioned.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_logging" "unversioned" {
  bucket        = aws_s3_bucket.unversioned.id
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "unversioned/"
}

# Versioning suspended by the split resource.
resource "aws_s3_bucket" "suspended" { # want AWS-160
  bucket = "soc2lint-008-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
    status = "Suspended" # want AWS-008
  }
}

resource "aws_s3_bucket_public_access_block" "suspended" {
  bucket                  = aws_s3_bucket.suspended.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_logging" "suspended" {
  bucket        = aws_s3_bucket.suspended.id
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "suspended/"
}

# Legacy inline versioning turned off.
resource "aws_s3_bucket" "legacy" { # want AWS-160
  bucket = "soc2lint-008-legacy"

  versioning {
    enabled = false # want AWS-008
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }

  logging {
    target_bucket = "soc2lint-central-access-logs"
  }
}

resource "aws_s3_bucket_public_access_block" "legacy" {
  bucket                  = aws_s3_bucket.legacy.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
