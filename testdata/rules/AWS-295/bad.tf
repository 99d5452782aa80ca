# An uploader that may write to any bucket of the account.
data "aws_iam_policy_document" "uploader" {
  statement {
    actions   = ["s3:PutObject", "s3:PutObjectTagging"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "uploader" {
  role   = "uploader"
  policy = data.aws_iam_policy_document.uploader.json # want AWS-295 "s3:PutObject on every resource"
}

# A cleanup job that may delete from any bucket.
resource "aws_iam_policy" "cleanup" {
  name = "cleanup"
  policy = jsonencode({ # want AWS-295 "s3:Delete. on every resource .*s3:DeleteObject"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:ListBucket", "s3:Delete*"]
      Resource = "*"
    }]
  })
}
