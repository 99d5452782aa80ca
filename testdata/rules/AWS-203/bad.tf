resource "aws_iam_role_policy" "ci" {
  role = "ci"
  policy = jsonencode({ # want AWS-203 "iam:PutRolePolicy on every resource"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:GetRole", "iam:PutRolePolicy"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["iam:Attach*", "iam:List*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops"
  policy = data.aws_iam_policy_document.ops.json # want AWS-203 "iam:Attach. on every resource .*iam:AttachUserPolicy"
}
