# A deployer group that may push code to any function of the account.
resource "aws_iam_group" "deployers" {
  name = "deployers"
}

resource "aws_iam_group_policy" "deploy" {
  name  = "deploy"
  group = aws_iam_group.deployers.name
  policy = jsonencode({ # want AWS-252 "lambda:UpdateFunctionCode on every resource"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["lambda:GetFunction", "lambda:UpdateFunctionCode", "lambda:PublishVersion"]
      Resource = "*"
    }]
  })
}

# A wildcard over the Update actions covers UpdateFunctionCode.
data "aws_iam_policy_document" "ci" {
  statement {
    sid       = "Deploy"
    actions   = ["lambda:Update*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ci" {
  name   = "ci-lambda"
  policy = data.aws_iam_policy_document.ci.json # want AWS-252 "lambda:Update. on every resource .*lambda:UpdateFunctionCode"
}

# Data engineers may change the SSH keys of any Glue development endpoint.
resource "aws_iam_role_policy" "data_eng" {
  role = "data-engineering"
  policy = jsonencode({ # want AWS-252 "glue:UpdateDevEndpoint"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "glue:UpdateDevEndpoint"
      Resource = "*"
    }]
  })
}
