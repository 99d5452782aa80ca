# The trail buckets here are otherwise well configured (encryption, object
# lock, public access block where it does not matter), so that the general
# S3 rules stay quiet except where noted.

# 1. A public canned ACL through aws_s3_bucket_acl, and no public access block.
resource "aws_cloudtrail" "public" {
  name                       = "public"
  s3_bucket_name             = aws_s3_bucket.public_trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "public_trail" { # want AWS-005
  bucket              = "acme-public-trail"
  object_lock_enabled = true
}

resource "aws_s3_bucket_acl" "public_trail" {
  bucket = aws_s3_bucket.public_trail.id
  acl    = "public-read" # want AWS-016 AWS-004
}

resource "aws_s3_bucket_logging" "public_trail" {
  bucket        = aws_s3_bucket.public_trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "public-trail/"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "public_trail" {
  bucket = aws_s3_bucket.public_trail.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

# 2. The legacy inline acl, the trail naming its bucket by literal name.
resource "aws_cloudtrail" "legacy" {
  name                       = "legacy"
  s3_bucket_name             = "acme-legacy-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "legacy_trail" { # want AWS-005
  bucket              = "acme-legacy-trail"
  acl                 = "authenticated-read" # want AWS-016 AWS-004
  object_lock_enabled = true
  logging {
    target_bucket = "acme-access-logs"
    target_prefix = "legacy-trail/"
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}

# 3. A grant to AllUsers; the public access block does not touch ACLs.
resource "aws_cloudtrail" "granted" {
  name                       = "granted"
  s3_bucket_name             = aws_s3_bucket.granted_trail.bucket
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "granted_trail" { # want AWS-005
  bucket              = "acme-granted-trail"
  object_lock_enabled = true
}

resource "aws_s3_bucket_public_access_block" "granted_trail" {
  bucket                  = aws_s3_bucket.granted_trail.id
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_acl" "granted_trail" {
  bucket = aws_s3_bucket.granted_trail.id
  access_control_policy {
    owner {
      id = "1111222233334444555566667777888899990000aaaabbbbccccddddeeeeffff"
    }
    grant {
      permission = "READ"
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # want AWS-016 AWS-004
      }
    }
  }
}

resource "aws_s3_bucket_logging" "granted_trail" {
  bucket        = aws_s3_bucket.granted_trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "granted-trail/"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "granted_trail" {
  bucket = aws_s3_bucket.granted_trail.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

# 4. Private, but nobody can tell who read or deleted the trail's logs.
resource "aws_cloudtrail" "unlogged" {
  name                       = "unlogged"
  s3_bucket_name             = aws_s3_bucket.unlogged_trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "unlogged_trail" { # want AWS-016 AWS-007
  bucket              = "acme-unlogged-trail"
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
