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
