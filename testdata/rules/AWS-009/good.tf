# A bucket that logs to an access log bucket with object lock.
resource "aws_s3_bucket" "good_app" { # want AWS-160
  bucket = "soc2lint-009-good-app"
}

resource "aws_s3_bucket_logging" "good_app" {
  bucket        = aws_s3_bucket.good_app.id
  target_bucket = aws_s3_bucket.good_access_logs.id
  target_prefix = "app/"
}

resource "aws_s3_bucket_public_access_block" "good_app" {
  bucket                  = aws_s3_bucket.good_app.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "good_app" {
  bucket = aws_s3_bucket.good_app.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "good_app" {
  bucket = aws_s3_bucket.good_app.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "good_access_logs" { # want AWS-160
  bucket              = "soc2lint-009-good-access-logs"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "good_access_logs" {
  bucket = aws_s3_bucket.good_access_logs.id
  rule {
    default_retention {
      mode = "COMPLIANCE"
      days = 365
    }
  }
}

resource "aws_s3_bucket_public_access_block" "good_access_logs" {
  bucket                  = aws_s3_bucket.good_access_logs.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "good_access_logs" {
  bucket = aws_s3_bucket.good_access_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Access logs switched off: the bucket named there receives no logs.
resource "aws_lb" "good_internal" {
  name               = "soc2lint-009-good"
  internal           = true
  load_balancer_type = "application"
  subnets            = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]

  access_logs {
    bucket  = aws_s3_bucket.assets.id
    enabled = false # want AWS-180
  }
}

resource "aws_s3_bucket" "assets" { # want AWS-160
  bucket = "soc2lint-009-good-assets"
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "assets" {
  bucket        = aws_s3_bucket.assets.id
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "assets/"
}
