data "aws_iam_policy_document" "deployer" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["arn:aws:iam::111122223333:role/app/*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
  statement {
    actions   = ["iam:GetRole", "iam:ListRoles"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "deployer" {
  name   = "deployer"
  policy = data.aws_iam_policy_document.deployer.json
}

# Assuming named roles only.
resource "aws_iam_role_policy" "hop" {
  name = "hop"
  role = "ci-runner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sts:AssumeRole"
      Resource = ["arn:aws:iam::111122223333:role/deploy/*", "arn:aws:iam::444455556666:role/readonly"]
    }]
  })
}

# Every role, but only to Lambda: only roles that trust lambda.amazonaws.com
# can be passed.
data "aws_iam_policy_document" "functions" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "functions" {
  name   = "functions"
  policy = data.aws_iam_policy_document.functions.json
}

# A name prefix narrows the grant to the roles so named, in whichever account
# trusts this one (the target role's trust policy must allow it too): not
# every role.
resource "aws_iam_policy" "eks_deploy" {
  name = "eks-deploy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sts:AssumeRole"
      Resource = ["arn:aws:iam::111122223333:role/eks-admin", "arn:aws:iam::*:role/eks-terraform-*"]
    }]
  })
}
