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

# A backup job written for any partition: "*/*" is every object of every
# bucket, and a * ending the resource part crosses the slash, so
# "arn:aws:s3:::*" is every object too.
data "aws_partition" "current" {}

data "aws_iam_policy_document" "backup_writer" {
  statement {
    sid       = "WriteAnyObject"
    actions   = ["s3:PutObject"] # want AWS-295 "s3:PutObject on every resource it acts on .Resource .arn:…:s3:::.*/.*"
    resources = ["arn:${data.aws_partition.current.partition}:s3:::*/*"]
  }
}

resource "aws_iam_policy" "backup_writer" {
  name   = "backup-writer"
  policy = data.aws_iam_policy_document.backup_writer.json
}

resource "aws_iam_role_policy" "purger" {
  role = "purger"
  policy = jsonencode({ # want AWS-295 "Resource .arn:aws:s3:::[*]..,"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:DeleteObject"
      Resource = ["arn:aws:s3:::*"]
    }]
  })
}
