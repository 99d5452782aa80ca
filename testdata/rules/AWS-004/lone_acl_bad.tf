# The ACLs of buckets created elsewhere (another stack owns them, this
# configuration only names them): no public access block or ownership
# control of this root stops them.
resource "aws_s3_bucket_acl" "downloads" {
  bucket = "soc2lint-004-downloads-elsewhere"
  acl    = "public-read" # want AWS-004 "bucket \"soc2lint-004-downloads-elsewhere\""
}

data "aws_canonical_user_id" "current" {}

resource "aws_s3_bucket_acl" "partners" {
  bucket = "soc2lint-004-partners-elsewhere"
  access_control_policy {
    owner {
      id = data.aws_canonical_user_id.current.id
    }
    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" # want AWS-004 "AuthenticatedUsers"
      }
      permission = "READ"
    }
  }
}

# Two buckets of one name (S3 would refuse the second): the ACL belongs to
# the bucket its expression references, through a local.
resource "aws_s3_bucket" "twin_private" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-004-twin"
}

resource "aws_s3_bucket_public_access_block" "twin_private" {
  bucket                  = aws_s3_bucket.twin_private.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "twin_public" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-004-twin"
}

locals {
  twin_public = aws_s3_bucket.twin_public.bucket
}

resource "aws_s3_bucket_acl" "twin_public" {
  bucket = local.twin_public
  acl    = "public-read" # want AWS-004 "bucket aws_s3_bucket.twin_public public"
}
