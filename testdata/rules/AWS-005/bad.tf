# No public access block at all, and none for the account in this root.
resource "aws_s3_bucket" "open" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-005-open"
}

# A block naming another bucket does not cover this one.
resource "aws_s3_bucket" "other" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-005-other"
}

resource "aws_s3_bucket_public_access_block" "elsewhere" {
  bucket                  = "soc2lint-005-not-in-this-code"
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
