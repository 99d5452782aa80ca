# The bucket made public by an ACL resource: no public access block.
# AWS-007 cannot tell whether the buckets of this file log: the logging
# configuration of public_trail names a target bucket that is not declared
# here, which may be any of them (a log bucket need not log itself).
resource "aws_s3_bucket" "acl_public" { # want AWS-005 AWS-006 AWS-008 AWS-160 # want-note AWS-007
  bucket = "soc2lint-004-acl-public"
}

resource "aws_s3_bucket_acl" "acl_public" {
  bucket = aws_s3_bucket.acl_public.id
  acl    = "public-read" # want AWS-004
}

# An ACL resource naming the bucket by literal name, granting to AllUsers.
resource "aws_s3_bucket" "grant_public" { # want AWS-005 AWS-006 AWS-008 AWS-160 # want-note AWS-007
  bucket = "soc2lint-004-grant-public"
}

resource "aws_s3_bucket_acl" "grant_public" {
  bucket = "soc2lint-004-grant-public"
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # want AWS-004
      }
      permission = "READ"
    }
    owner {
      id = "0123456789abcdef"
    }
  }
}

# Legacy inline ACL on the bucket itself.
resource "aws_s3_bucket" "legacy_acl" { # want AWS-005 AWS-006 AWS-008 AWS-160 # want-note AWS-007
  bucket = "soc2lint-004-legacy-acl"
  acl    = "public-read-write" # want AWS-004
}

# A partial block that stops policies but not ACLs.
resource "aws_s3_bucket" "policy_blocked_only" { # want AWS-006 AWS-008 AWS-160 # want-note AWS-007
  bucket = "soc2lint-004-policy-blocked-only"
}

resource "aws_s3_bucket_public_access_block" "policy_blocked_only" { # want AWS-247 AWS-248
  bucket                  = aws_s3_bucket.policy_blocked_only.id
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_acl" "policy_blocked_only" {
  bucket = aws_s3_bucket.policy_blocked_only.id
  acl    = "authenticated-read" # want AWS-004
}

# A bucket policy allowing everyone; the only condition does not limit who.
resource "aws_s3_bucket" "policy_public" { # want AWS-005 AWS-006 AWS-008 AWS-160 # want-note AWS-007
  bucket = "soc2lint-004-policy-public"
}

resource "aws_s3_bucket_policy" "policy_public" {
  bucket = aws_s3_bucket.policy_public.id
  policy = jsonencode({ # want AWS-004
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::soc2lint-004-policy-public/*"
      Condition = { Bool = { "aws:SecureTransport" = "true" } }
    }]
  })
}

# A policy document data source: the statement is read where it is written,
# even though the rendered JSON is unknown (it mentions the bucket's ARN).
resource "aws_s3_bucket" "doc_public" { # want AWS-005 AWS-006 AWS-008 AWS-160 # want-note AWS-007
  bucket = "soc2lint-004-doc-public"
}

data "aws_iam_policy_document" "doc_public" {
  statement {
    principals {
      type        = "*"
      identifiers = ["*"] # want AWS-004
    }
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.doc_public.arn}/*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:SourceVpce"
      values   = ["vpce-0123456789abcdef0"]
    }
  }
}

resource "aws_s3_bucket_policy" "doc_public" {
  bucket = aws_s3_bucket.doc_public.id
  policy = data.aws_iam_policy_document.doc_public.json
}

# not_principals in an Allow statement: everyone but the role listed.
resource "aws_s3_bucket" "except_one" { # want AWS-005 AWS-006 AWS-008 AWS-160 # want-note AWS-007
  bucket = "soc2lint-004-except-one"
}

data "aws_iam_policy_document" "except_one" {
  statement {
    not_principals { # want AWS-004 "NotPrincipal"
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/quarantine"]
    }
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.except_one.arn}/*"]
  }
}

resource "aws_s3_bucket_policy" "except_one" {
  bucket = aws_s3_bucket.except_one.id
  policy = data.aws_iam_policy_document.except_one.json
}

# A CloudTrail bucket made public by an ACL resource: the finding says the
# bucket holds the trail's logs. The bucket is otherwise a good log bucket
# (encrypted, logged, object lock), so only its missing block is reported.
resource "aws_cloudtrail" "public" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "public"
  s3_bucket_name             = aws_s3_bucket.public_trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "public_trail" { # want AWS-005 AWS-160
  bucket              = "soc2lint-004-public-trail"
  object_lock_enabled = true
}

resource "aws_s3_bucket_acl" "public_trail" {
  bucket = aws_s3_bucket.public_trail.id
  acl    = "public-read" # want AWS-004
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

# The legacy inline ACL of a trail bucket the trail names by literal name.
resource "aws_cloudtrail" "legacy" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "legacy"
  s3_bucket_name             = "soc2lint-004-legacy-trail"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_s3_bucket" "legacy_trail" { # want AWS-005 AWS-160
  bucket              = "soc2lint-004-legacy-trail"
  acl                 = "authenticated-read" # want AWS-004
  object_lock_enabled = true
  logging {
    target_bucket = "soc2lint-004-access-logs"
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
