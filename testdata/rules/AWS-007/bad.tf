# Encrypted, versioned and blocked, but no server access logging: the
# logging configuration below is for another bucket.
resource "aws_s3_bucket" "unlogged" { # want AWS-007 AWS-160
  bucket = "soc2lint-007-unlogged"
}

resource "aws_s3_bucket_logging" "elsewhere" {
  bucket        = "soc2lint-007-not-in-this-code"
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "elsewhere/"
}

resource "aws_s3_bucket_public_access_block" "unlogged" {
  bucket                  = aws_s3_bucket.unlogged.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "unlogged" {
  bucket = aws_s3_bucket.unlogged.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "unlogged" {
  bucket = aws_s3_bucket.unlogged.id
  versioning_configuration {
    status = "Enabled"
  }
}

# A private CloudTrail bucket without server access logging: nobody can
# tell who read or deleted the trail's logs, and the finding says whose
# logs they are.
resource "aws_cloudtrail" "unlogged" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "unlogged"
  s3_bucket_name             = aws_s3_bucket.unlogged_trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "unlogged_trail" { # want AWS-007 AWS-160
  bucket              = "soc2lint-007-unlogged-trail"
  object_lock_enabled = true
}

resource "aws_s3_bucket_public_access_block" "unlogged_trail" {
  bucket                  = aws_s3_bucket.unlogged_trail.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "unlogged_trail" {
  bucket = aws_s3_bucket.unlogged_trail.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
