resource "aws_iam_role_policy" "app" {
  name = "app"
  role = "app"
  policy = jsonencode({ # want AWS-215 "secretsmanager:GetSecretValue on every resource"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["secretsmanager:GetSecretValue", "logs:PutLogEvents"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:Get*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "reader" {
  name   = "reader"
  policy = data.aws_iam_policy_document.reader.json # want AWS-215 "allows s3:Get"
}
