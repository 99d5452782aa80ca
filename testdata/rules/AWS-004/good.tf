# The secure split-resource bucket: no finding of any rule.
resource "aws_s3_bucket" "secure" { # want AWS-160
  bucket = "soc2lint-004-secure"
}

resource "aws_s3_bucket_public_access_block" "secure" {
  bucket                  = aws_s3_bucket.secure.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "secure" {
  bucket = aws_s3_bucket.secure.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "secure" {
  bucket = aws_s3_bucket.secure.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "secure" {
  bucket        = aws_s3_bucket.secure.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "secure/"
}

# Its log bucket: a logging target (no access logging of its own needed),
# with object lock, which also versions it.
resource "aws_s3_bucket" "access_logs" { # want AWS-160
  bucket              = "soc2lint-004-access-logs"
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

# A public ACL that the bucket's public access block neutralises.
resource "aws_s3_bucket" "acl_blocked" { # want AWS-160
  bucket = "soc2lint-004-acl-blocked"
}

resource "aws_s3_bucket_acl" "acl_blocked" {
  bucket = "soc2lint-004-acl-blocked"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "acl_blocked" {
  bucket                  = aws_s3_bucket.acl_blocked.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "acl_blocked" {
  bucket = aws_s3_bucket.acl_blocked.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "acl_blocked" {
  bucket = aws_s3_bucket.acl_blocked.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "acl_blocked" {
  bucket        = aws_s3_bucket.acl_blocked.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "acl-blocked/"
}

# Not public: ACLs are disabled by object ownership, and the policy's
# "*" statements are limited to a VPC endpoint, an organization, or deny.
# Only the missing public access block is reported.
resource "aws_s3_bucket" "limited" { # want AWS-005
  bucket = "soc2lint-004-limited"
}

resource "aws_s3_bucket_ownership_controls" "limited" {
  bucket = aws_s3_bucket.limited.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_acl" "limited" {
  bucket = aws_s3_bucket.limited.id
  acl    = "public-read"
}

resource "aws_s3_bucket_policy" "limited" {
  bucket = aws_s3_bucket.limited.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::soc2lint-004-limited/*"
        Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } }
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = "s3:ListBucket"
        Resource  = "arn:aws:s3:::soc2lint-004-limited"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = ["o-abc123def4"] } }
      },
      {
        # Any trail of one account: the wildcards stop short of the account.
        Effect    = "Allow"
        Principal = { Service = "cloudtrail.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::soc2lint-004-limited/AWSLogs/*"
        Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:cloudtrail:*:123456789012:trail/*" } }
      },
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::soc2lint-004-limited/shared/*"
        Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::123456789012:role/reader-*" } }
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "arn:aws:s3:::soc2lint-004-limited/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
      {
        # Deny everyone but the uploader role: NotPrincipal narrows a Deny.
        Effect       = "Deny"
        NotPrincipal = { AWS = "arn:aws:iam::123456789012:role/uploader" }
        Action       = "s3:PutObject"
        Resource     = "arn:aws:s3:::soc2lint-004-limited/uploads/*"
      },
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = "s3:GetObject"
        Resource  = "arn:aws:s3:::soc2lint-004-limited/*"
      },
    ]
  })
}

resource "aws_s3_bucket_server_side_encryption_configuration" "limited" {
  bucket = aws_s3_bucket.limited.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "limited" {
  bucket = aws_s3_bucket.limited.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_logging" "limited" {
  bucket        = aws_s3_bucket.limited.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "limited/"
}

# A CloudTrail bucket whose public ACL the bucket's public access block
# neutralises: not public.
resource "aws_cloudtrail" "blocked" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "blocked"
  s3_bucket_name             = "soc2lint-004-blocked-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "blocked_trail" { # want AWS-160
  bucket              = "soc2lint-004-blocked-trail"
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
