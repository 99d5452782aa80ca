# A block that names its bucket by literal name and leaves
# ignore_public_acls out: public ACLs already on objects still apply.
resource "aws_s3_bucket" "media" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-248-media"
}

resource "aws_s3_bucket_public_access_block" "media" { # want AWS-248
  bucket                  = "soc2lint-248-media"
  block_public_acls       = true
  block_public_policy     = true
  restrict_public_buckets = true
}

# The account's block turns it off, and the bucket has no block of its own.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = false # want AWS-248
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "archive" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-248-archive"
}
