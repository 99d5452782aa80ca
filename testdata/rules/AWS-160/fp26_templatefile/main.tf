# Bucket policies kept in template files and rendered with templatefile():
# the buckets' ARNs and the organization id are unknown until apply, so the
# rendered text is partly unknown, and it is read as a heredoc with the
# same interpolations would be (AWS Control Tower Account Factory's log
# archive buckets are written this way).
data "aws_caller_identity" "current" {}

data "aws_organizations_organization" "this" {}

# The log archive bucket denies every request without TLS.
resource "aws_s3_bucket" "archive" { # want AWS-005 AWS-006 AWS-008
  bucket = "acme-log-archive-${data.aws_caller_identity.current.account_id}"
}

resource "aws_s3_bucket_policy" "archive" {
  bucket = aws_s3_bucket.archive.id
  policy = templatefile("${path.module}/policies/archive.tpl", {
    bucket_arn = aws_s3_bucket.archive.arn
    org_id     = data.aws_organizations_organization.this.id
  })
}

# The access-log bucket's policy only lets S3 server access logging write
# to it: nothing denies plain HTTP.
resource "aws_s3_bucket" "access_logs" { # want AWS-160 "no statement of its bucket policy denies" AWS-005 AWS-006 AWS-008 AWS-009
  bucket = "acme-access-logs-${data.aws_caller_identity.current.account_id}"
}

resource "aws_s3_bucket_policy" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  policy = templatefile("${path.module}/policies/access-logs.tpl", {
    bucket_arn = aws_s3_bucket.access_logs.arn
    source_arn = aws_s3_bucket.archive.arn
    account_id = data.aws_caller_identity.current.account_id
  })
}

resource "aws_s3_bucket_logging" "archive" {
  bucket        = aws_s3_bucket.archive.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "log/"
}
