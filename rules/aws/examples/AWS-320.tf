# A partner account may read the bucket and write to its inbox: the
# actions it needs, not s3:*.
data "aws_iam_policy_document" "exchange" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:root"]
    }
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.exchange.arn, "${aws_s3_bucket.exchange.arn}/*"]
  }
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444455556666:root"]
    }
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.exchange.arn}/inbox/*"]
  }
}

resource "aws_s3_bucket_policy" "exchange" {
  bucket = aws_s3_bucket.exchange.id
  policy = data.aws_iam_policy_document.exchange.json
}
