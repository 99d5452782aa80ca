resource "aws_s3_bucket" "exchange" { # want AWS-005 AWS-006 AWS-007 AWS-008
  bucket = "soc2lint-320-exchange"
}

data "aws_iam_policy_document" "exchange" {
  statement {
    sid = "PartnerReads"
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:root"]
    }
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.exchange.arn, "${aws_s3_bucket.exchange.arn}/*"]
  }
  statement {
    sid    = "TLSOnly"
    effect = "Deny"
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.exchange.arn, "${aws_s3_bucket.exchange.arn}/*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "exchange" {
  bucket = aws_s3_bucket.exchange.id
  policy = data.aws_iam_policy_document.exchange.json
}
