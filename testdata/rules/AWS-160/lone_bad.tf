# A module that writes the policy of a bucket created elsewhere: the policy
# is the bucket's only one, and it does not deny plain HTTP.
variable "bucket" {
  type = string
}

variable "reader_role_arn" {
  type = string
}

data "aws_iam_policy_document" "read" {
  statement {
    principals {
      type        = "AWS"
      identifiers = [var.reader_role_arn]
    }
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::${var.bucket}/*"]
  }
}

resource "aws_s3_bucket_policy" "read" {
  bucket = var.bucket
  policy = data.aws_iam_policy_document.read.json # want AWS-160
}
