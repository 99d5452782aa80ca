resource "aws_s3_bucket" "site" { # want AWS-006 AWS-007 AWS-008 AWS-160
  count  = 2
  bucket = "soc2lint-249-site-${count.index}"
}

resource "aws_s3_bucket_public_access_block" "site" {
  count                   = 2
  bucket                  = aws_s3_bucket.site[count.index].id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

# A bucket-level block that leaves block_public_policy out, and an account
# block that turns it on.
resource "aws_s3_account_public_access_block" "account" {
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "docs" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-249-docs"
}

resource "aws_s3_bucket_public_access_block" "docs" {
  bucket             = aws_s3_bucket.docs.id
  block_public_acls  = true
  ignore_public_acls = true
}
