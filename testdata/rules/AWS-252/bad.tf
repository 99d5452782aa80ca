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

# Operators who may run commands on, or open a shell in, any managed instance.
data "aws_iam_policy_document" "ops" {
  statement {
    sid       = "RunAnywhere"
    actions   = ["ssm:DescribeInstanceInformation", "ssm:SendCommand", "ssm:ListCommandInvocations"]
    resources = ["*"]
  }
  statement {
    sid       = "Sessions"
    actions   = ["ssm:StartSession"]
    resources = ["arn:aws:ec2:*:*:instance/*", "arn:aws:ssm:*:*:document/AWS-StartInteractiveCommand"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "ops-run-command"
  policy = data.aws_iam_policy_document.ops.json # want AWS-252 "ssm:SendCommand on every resource" AWS-252 "ssm:StartSession on every resource it acts on .Resource .arn:aws:ec2:.:.:instance/."
}

# SSH keys pushed to any instance, notebooks opened, stacks updated with
# their own service role.
resource "aws_iam_role_policy" "support" {
  role = "support"
  policy = jsonencode({ # want AWS-252 "ec2-instance-connect:SendSSHPublicKey" AWS-252 "sagemaker:CreatePresignedNotebookInstanceUrl" AWS-252 "cloudformation:UpdateStack"
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["ec2:DescribeInstances", "ec2-instance-connect:SendSSHPublicKey"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = ["sagemaker:ListNotebookInstances", "sagemaker:CreatePresignedNotebookInstanceUrl"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = ["cloudformation:DescribeStacks", "cloudformation:UpdateStack"]
        Resource = "*"
      },
    ]
  })
}

# Exec into any container of any cluster.
resource "aws_iam_role_policy" "debug" {
  role = "debug"
  policy = jsonencode({ # want AWS-252 "ecs:ExecuteCommand on every resource it acts on .Resource .arn:aws:ecs:.:.:task/."
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ecs:ExecuteCommand", "ecs:DescribeTasks"]
      Resource = ["arn:aws:ecs:*:*:cluster/*", "arn:aws:ecs:*:*:task/*"]
    }]
  })
}

# A partial wildcard action on a pattern of every service's resources.
resource "aws_iam_policy" "release" {
  name = "release"
  policy = jsonencode({ # want AWS-252 "lambda:Update\\* on every resource it acts on .Resource .arn:aws:\\*:\\*:\\*:function:\\*"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["lambda:Update*", "lambda:Get*"]
      Resource = "arn:aws:*:*:*:function:*"
    }]
  })
}
