# The policy of a bucket created elsewhere denies only uploads over plain
# HTTP: objects can still be read without TLS.
variable "bucket" {
  type = string
}

data "aws_iam_policy_document" "tls_uploads" {
  statement {
    sid     = "DenyInsecureUploads"
    effect  = "Deny"
    actions = ["s3:PutObject"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    resources = ["arn:aws:s3:::${var.bucket}/*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "tls_uploads" {
  bucket = var.bucket
  policy = data.aws_iam_policy_document.tls_uploads.json # want AWS-160
}
