# The buckets live in another module. A bucket policy that is a module
# input without a value cannot be read: a note. One built by an
# aws_iam_policy_document is judged where it is written.
variable "bucket_policy" {
  type = string
}

resource "aws_s3_bucket_policy" "from_input" {
  bucket = "acme-logs"
  policy = var.bucket_policy # want-note AWS-320 "policy" # want-note AWS-110 # want-note AWS-160
}

data "aws_iam_policy_document" "reports_tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
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

resource "aws_s3_bucket_policy" "reports" {
  bucket = "acme-reports"
  policy = data.aws_iam_policy_document.reports_tls.json
}
