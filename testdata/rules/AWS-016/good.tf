# The bucket that receives the S3 server access logs of the trail buckets.
resource "aws_s3_bucket" "access_logs" {
  bucket              = "acme-access-logs"
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
      sse_algorithm = "aws:kms"
    }
  }
}

# A private trail bucket with server access logging.
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "trail" {
  bucket              = "acme-trail"
  object_lock_enabled = true
}

resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "trail/"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "trail" {
  bucket = aws_s3_bucket.trail.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

# A public ACL that the bucket's public access block neutralises.
resource "aws_cloudtrail" "blocked" {
  name                       = "blocked"
  s3_bucket_name             = "acme-blocked-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "blocked_trail" {
  bucket              = "acme-blocked-trail"
  object_lock_enabled = true
}

resource "aws_s3_bucket_acl" "blocked_trail" {
  bucket = aws_s3_bucket.blocked_trail.id
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "blocked_trail" {
  bucket                  = aws_s3_bucket.blocked_trail.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_logging" "blocked_trail" {
  bucket        = aws_s3_bucket.blocked_trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "blocked-trail/"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "blocked_trail" {
  bucket = aws_s3_bucket.blocked_trail.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

# A trail bucket outside the scanned code is not judged.
resource "aws_cloudtrail" "external" {
  name                       = "external"
  s3_bucket_name             = "acme-org-trail-archive"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
