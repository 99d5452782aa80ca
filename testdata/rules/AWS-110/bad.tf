resource "aws_iam_policy" "all_but_iam" {
  name = "all-but-iam"
  policy = jsonencode({ # want AWS-110 "every action except"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["iam:*", "organizations:*"]
      Resource  = "*"
    }]
  })
}

data "aws_iam_policy_document" "not_resource" {
  statement {
    actions       = ["s3:GetObject"]
    not_resources = ["arn:aws:s3:::payroll/*"]
  }
}

resource "aws_iam_role_policy" "reader" {
  role   = "reader"
  policy = data.aws_iam_policy_document.not_resource.json # want AWS-110 "NotResource"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"
  policy = jsonencode({ # want AWS-110
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:role/worker" }
      NotAction = "sqs:DeleteQueue"
      Resource  = "arn:aws:sqs:eu-west-1:111122223333:jobs"
    }]
  })
}

# A policy for a bucket managed elsewhere: every action but deleting.
data "aws_iam_policy_document" "archive" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/archiver"]
    }
    not_actions = ["s3:DeleteObject"]
    resources   = ["arn:aws:s3:::soc2lint-110-archive/*"]
  }
  statement {
    effect = "Deny"
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::soc2lint-110-archive/*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "archive" {
  bucket = "soc2lint-110-archive"
  policy = data.aws_iam_policy_document.archive.json # want AWS-110 "NotAction"
}
