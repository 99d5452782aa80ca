# A bucket-level block that turns block_public_acls off explicitly.
resource "aws_s3_bucket" "uploads" { # want AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-247-uploads"
}

resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket                  = aws_s3_bucket.uploads.id
  block_public_acls       = false # want AWS-247
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

# One block per bucket of a for_each, leaving block_public_acls out: the
# provider sends false for a setting that is not written.
resource "aws_s3_bucket" "team" { # want AWS-006 AWS-007 AWS-008 AWS-160
  for_each = toset(["analytics", "billing"])
  bucket   = "soc2lint-247-${each.key}"
}

resource "aws_s3_bucket_public_access_block" "team" { # want AWS-247
  for_each                = aws_s3_bucket.team
  bucket                  = each.value.id
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
