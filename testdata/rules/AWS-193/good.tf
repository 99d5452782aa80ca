variable "expire_after" {
  type = number
}

resource "aws_s3_bucket" "trail" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-009 AWS-160
  bucket = "acme-cloudtrail"
}

resource "aws_cloudtrail" "main" { # want AWS-216
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail.id
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  cloud_watch_logs_group_arn    = "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/cloudtrail-to-logs"
}

resource "aws_s3_bucket_lifecycle_configuration" "trail" {
  bucket = aws_s3_bucket.trail.id

  rule {
    id     = "archive"
    status = "Enabled"
    filter {}

    transition {
      days          = 90
      storage_class = "GLACIER"
    }

    expiration {
      days = 2557
    }

    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  # A disabled rule deletes nothing.
  rule {
    id     = "old"
    status = "Disabled"
    filter {}

    expiration {
      days = 30
    }
  }

  rule {
    id     = "tunable"
    status = "Enabled"
    filter {
      prefix = "tmp/"
    }

    expiration {
      days = var.expire_after # want-note AWS-193
    }
  }
}

# A bucket that receives no logs may expire what it likes.
resource "aws_s3_bucket" "scratch" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "acme-scratch"
}

resource "aws_s3_bucket_lifecycle_configuration" "scratch" {
  bucket = aws_s3_bucket.scratch.id

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}

    expiration {
      days = 7
    }
  }
}
