# Default encryption from the split resource, by literal name.
resource "aws_s3_bucket" "split" { # want AWS-160
  bucket = "soc2lint-006-split"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "split" {
  bucket = "soc2lint-006-split"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "split" {
  bucket                  = aws_s3_bucket.split.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "split" {
  bucket = aws_s3_bucket.split.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "split" {
  bucket        = aws_s3_bucket.split.id
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "split/"
}

# The legacy inline arguments of provider v3 still count.
resource "aws_s3_bucket" "legacy" { # want AWS-160
  bucket = "soc2lint-006-legacy"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }

  versioning {
    enabled = true
  }

  logging {
    target_bucket = "soc2lint-central-access-logs"
    target_prefix = "legacy/"
  }
}

resource "aws_s3_bucket_public_access_block" "legacy" {
  bucket                  = aws_s3_bucket.legacy.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
