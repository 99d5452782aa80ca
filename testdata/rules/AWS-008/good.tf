# Versioning enabled by the split resource, by literal name.
resource "aws_s3_bucket" "versioned" { # want AWS-160
  bucket = "soc2lint-008-versioned"
}

resource "aws_s3_bucket_versioning" "versioned" {
  bucket = "soc2lint-008-versioned"
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "versioned" {
  bucket                  = aws_s3_bucket.versioned.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "versioned" {
  bucket = aws_s3_bucket.versioned.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_logging" "versioned" {
  bucket        = aws_s3_bucket.versioned.id
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "versioned/"
}

# Object lock versions the bucket by itself.
resource "aws_s3_bucket" "locked" { # want AWS-160
  bucket              = "soc2lint-008-locked"
  object_lock_enabled = true
}

resource "aws_s3_bucket_public_access_block" "locked" {
  bucket                  = aws_s3_bucket.locked.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "locked" {
  bucket = aws_s3_bucket.locked.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_logging" "locked" {
  bucket        = aws_s3_bucket.locked.id
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "locked/"
}

# A status from a variable without a value is unknown: an undecided note.
variable "versioning_status" {
  type = string
}

resource "aws_s3_bucket" "by_variable" { # want AWS-160
  bucket = "soc2lint-008-by-variable"
}

resource "aws_s3_bucket_versioning" "by_variable" {
  bucket = aws_s3_bucket.by_variable.id
  versioning_configuration {
    status = var.versioning_status # want-note AWS-008
  }
}

resource "aws_s3_bucket_public_access_block" "by_variable" {
  bucket                  = aws_s3_bucket.by_variable.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "by_variable" {
  bucket = aws_s3_bucket.by_variable.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_logging" "by_variable" {
  bucket        = aws_s3_bucket.by_variable.id
  target_bucket = "soc2lint-central-access-logs"
  target_prefix = "by-variable/"
}
