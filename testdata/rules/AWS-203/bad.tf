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

# A tools policy that may write new versions of every policy named
# deploy-*: its own name, deploy-tools, is one of them.
data "aws_caller_identity" "current" {}

resource "aws_iam_policy" "deploy_tools" {
  name = "deploy-tools"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = [
        "iam:GetPolicyVersion",
        "iam:CreatePolicyVersion", # want AWS-203 "iam:CreatePolicyVersion on .arn:aws:iam::…:policy/deploy-[*]., which covers the policy itself .policy/deploy-tools."
      ]
      Resource = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:policy/deploy-*"
    }]
  })
}

# A condition that only asks for requests after a day long past limits
# nothing.
data "aws_iam_policy_document" "break_glass" {
  statement {
    actions   = ["iam:AttachRolePolicy"]
    resources = ["*"]
    condition {
      test     = "DateGreaterThan"
      variable = "aws:CurrentTime"
      values   = ["2021-03-01T00:00:00Z"]
    }
  }
}

resource "aws_iam_policy" "break_glass" {
  name   = "break-glass"
  policy = data.aws_iam_policy_document.break_glass.json # want AWS-203 "iam:AttachRolePolicy on every resource"
}
