variable "account_id" {
  type    = string
  default = "111122223333"
}

# The deployer may update only the application's own functions.
data "aws_iam_policy_document" "deploy" {
  statement {
    actions   = ["lambda:UpdateFunctionCode", "lambda:PublishVersion", "lambda:UpdateAlias"]
    resources = ["arn:aws:lambda:eu-west-1:${var.account_id}:function:orders-*"]
  }

  statement {
    sid       = "ReadOnly"
    actions   = ["lambda:GetFunction", "lambda:ListFunctions"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "deploy" {
  name   = "orders-deploy"
  policy = data.aws_iam_policy_document.deploy.json
}

# Every function, but only those tagged for the team (a condition).
resource "aws_iam_role_policy" "team" {
  role = "team-ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "lambda:UpdateFunctionCode"
      Resource = "*"
      Condition = {
        StringEquals = { "aws:ResourceTag/team" = "payments" }
      }
    }]
  })
}

# A deny on every function is not a grant.
resource "aws_iam_group_policy" "auditors" {
  group = "auditors"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = ["lambda:UpdateFunctionCode", "glue:UpdateDevEndpoint"]
      Resource = "*"
    }]
  })
}

# One named development endpoint.
resource "aws_iam_role_policy" "notebook" {
  role = "notebook"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "glue:UpdateDevEndpoint"
      Resource = "arn:aws:glue:eu-west-1:${var.account_id}:devEndpoint/analytics"
    }]
  })
}
