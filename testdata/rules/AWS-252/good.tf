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

# Run Command only on the instances tagged for the team, and sessions only
# on one named instance.
resource "aws_iam_role_policy" "ops" {
  role = "ops"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["ssm:SendCommand", "ssm:StartSession"]
        Resource = "arn:aws:ec2:*:*:instance/*"
        Condition = {
          StringEquals = { "ssm:resourceTag/team" = "ops" }
        }
      },
      {
        Effect   = "Allow"
        Action   = "ssm:StartSession"
        Resource = "arn:aws:ec2:eu-west-1:${var.account_id}:instance/i-0123456789abcdef0"
      },
      {
        Effect   = "Allow"
        Action   = ["ssm:DescribeInstanceInformation", "ssm:ListCommands", "ssm:ResumeSession", "ssm:TerminateSession"]
        Resource = "*"
      },
    ]
  })
}

# One notebook instance, and stacks of the application only.
data "aws_iam_policy_document" "analyst" {
  statement {
    actions   = ["sagemaker:CreatePresignedNotebookInstanceUrl"]
    resources = ["arn:aws:sagemaker:eu-west-1:${var.account_id}:notebook-instance/analytics"]
  }
  statement {
    actions   = ["cloudformation:UpdateStack", "cloudformation:DescribeStacks"]
    resources = ["arn:aws:cloudformation:eu-west-1:${var.account_id}:stack/orders-*/*"]
  }
}

resource "aws_iam_policy" "analyst" {
  name   = "analyst"
  policy = data.aws_iam_policy_document.analyst.json
}

# ECS Exec into the tasks of one cluster only.
resource "aws_iam_role_policy" "debug" {
  role = "debug"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = "ecs:ExecuteCommand"
      Resource = [
        "arn:aws:ecs:eu-west-1:${var.account_id}:cluster/orders",
        "arn:aws:ecs:eu-west-1:${var.account_id}:task/orders/*",
      ]
    }]
  })
}
