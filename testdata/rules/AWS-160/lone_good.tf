# A module that writes the policy of a bucket created elsewhere, denying
# requests over plain HTTP.
variable "bucket" {
  type = string
}

data "aws_s3_bucket" "target" {
  bucket = var.bucket
}

data "aws_iam_policy_document" "tls_only" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      data.aws_s3_bucket.target.arn,
      "${data.aws_s3_bucket.target.arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "tls_only" {
  bucket = data.aws_s3_bucket.target.id
  policy = data.aws_iam_policy_document.tls_only.json
}
