resource "aws_s3_bucket" "exchange" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-320-exchange"
}

resource "aws_s3_bucket_policy" "exchange" {
  bucket = aws_s3_bucket.exchange.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "PartnerAccess"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::444455556666:root" }
        Action    = "s3:*" # want AWS-320
        Resource  = [aws_s3_bucket.exchange.arn, "${aws_s3_bucket.exchange.arn}/*"]
      },
    ]
  })
}

# A policy document data source for a bucket managed elsewhere.
data "aws_iam_policy_document" "reports" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/reporting"]
    }
    actions   = ["*"]
    resources = ["arn:aws:s3:::soc2lint-320-reports/*"]
  }
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = "soc2lint-320-reports"
  policy = data.aws_iam_policy_document.reports.json # want AWS-320 "every S3 action"
}
