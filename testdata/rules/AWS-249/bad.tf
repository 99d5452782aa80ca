# count-indexed buckets whose block turns policies open.
resource "aws_s3_bucket" "site" { # want AWS-006 AWS-007 AWS-008 AWS-160
  count  = 2
  bucket = "soc2lint-249-site-${count.index}"
}

resource "aws_s3_bucket_public_access_block" "site" {
  count                   = 2
  bucket                  = aws_s3_bucket.site[count.index].id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false # want AWS-249
  restrict_public_buckets = true
}
