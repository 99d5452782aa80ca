# A logged bucket, and its log bucket: a server access log target is not
# asked to log itself (it has object lock, as a log bucket should).
resource "aws_s3_bucket" "app" { # want AWS-160
  bucket = "soc2lint-007-app"
}

resource "aws_s3_bucket_logging" "app" {
  bucket        = aws_s3_bucket.app.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "app/"
}

resource "aws_s3_bucket_public_access_block" "app" {
  bucket                  = aws_s3_bucket.app.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "app" {
  bucket = aws_s3_bucket.app.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "app" {
  bucket = aws_s3_bucket.app.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "access_logs" { # want AWS-160
  bucket              = "soc2lint-007-access-logs"
  object_lock_enabled = true
}

resource "aws_s3_bucket_public_access_block" "access_logs" {
  bucket                  = aws_s3_bucket.access_logs.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Legacy inline logging, to a target named literally.
resource "aws_s3_bucket" "legacy" { # want AWS-160
  bucket = "soc2lint-007-legacy"

  logging {
    target_bucket = "soc2lint-007-legacy-logs"
  }
}

resource "aws_s3_bucket_public_access_block" "legacy" {
  bucket                  = aws_s3_bucket.legacy.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "legacy" {
  bucket = aws_s3_bucket.legacy.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "legacy" {
  bucket = aws_s3_bucket.legacy.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "legacy_logs" { # want AWS-160
  bucket = "soc2lint-007-legacy-logs"
}

resource "aws_s3_bucket_object_lock_configuration" "legacy_logs" {
  bucket = aws_s3_bucket.legacy_logs.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 90
    }
  }
}

resource "aws_s3_bucket_public_access_block" "legacy_logs" {
  bucket                  = aws_s3_bucket.legacy_logs.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "legacy_logs" {
  bucket = aws_s3_bucket.legacy_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# A CloudTrail bucket with server access logging; a trail whose bucket is
# not in the scanned code is not judged.
resource "aws_cloudtrail" "main" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "trail" { # want AWS-160
  bucket              = "soc2lint-007-trail"
  object_lock_enabled = true
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail/"
}

resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "trail" {
  bucket = aws_s3_bucket.trail.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_cloudtrail" "external" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "external"
  s3_bucket_name             = "soc2lint-007-org-trail-archive"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
