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
