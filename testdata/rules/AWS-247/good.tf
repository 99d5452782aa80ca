# Every setting on, block by reference.
resource "aws_s3_bucket" "uploads" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-247-uploads"
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

# The bucket's block leaves block_public_acls out, but the account's block
# turns it on: S3 applies the most restrictive combination.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "reports" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-247-reports"
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
