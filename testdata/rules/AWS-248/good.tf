locals {
  block_public = true
}

# Settings given through a local, as modules do.
resource "aws_s3_bucket" "media" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-248-media"
}

resource "aws_s3_bucket_public_access_block" "media" {
  bucket                  = aws_s3_bucket.media.id
  block_public_acls       = local.block_public
  ignore_public_acls      = local.block_public
  block_public_policy     = local.block_public
  restrict_public_buckets = local.block_public
}

# No block at all is AWS-005's finding, not this rule's: S3 turns every
# setting on for a new bucket.
resource "aws_s3_bucket" "scratch" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-248-scratch"
}
