resource "aws_iam_role_policy" "deployer" {
  role = "deployer"
  policy = jsonencode({ # want AWS-111 "iam:PassRole on every role"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ecs:RegisterTaskDefinition", "iam:PassRole"]
      Resource = "*"
    }]
  })
}

# A wildcard service value limits nothing.
data "aws_iam_policy_document" "ci" {
  statement {
    actions   = ["iam:Pass*", "iam:GetRole"]
    resources = ["*"]
    condition {
      test     = "StringLike"
      variable = "iam:PassedToService"
      values   = ["*.amazonaws.com"]
    }
  }
}

resource "aws_iam_policy" "ci" {
  name   = "ci"
  policy = data.aws_iam_policy_document.ci.json # want AWS-111 "iam:Pass. on"
}

resource "aws_iam_role_policy" "hop" {
  name = "hop"
  role = "ci-runner"
  policy = jsonencode({ # want AWS-111 "sts:AssumeRole on every role"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sts:AssumeRole"
      Resource = "*"
    }]
  })
}

# Any role of any account that trusts this one.
data "aws_iam_policy_document" "hop_any" {
  statement {
    actions   = ["sts:AssumeRole"]
    resources = ["arn:aws:iam::*:role*"]
  }
}

resource "aws_iam_role_policy" "hop_any" {
  role   = "ci-runner"
  policy = data.aws_iam_policy_document.hop_any.json # want AWS-111 "sts:AssumeRole on every role .Resource .arn:aws:iam::[*]:role[*]."
}

# One every-role ARN among named roles is enough.
resource "aws_iam_policy" "eks_admin" {
  name = "eks-admin"
  policy = jsonencode({ # want AWS-111 "sts:AssumeRole on every role .Resource .arn:aws:iam::111122223333:role/[*]."
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = "sts:AssumeRole"
      Resource = [
        "arn:aws:iam::111122223333:role/eks-admin",
        "arn:aws:iam::111122223333:role/*",
      ]
    }]
  })
}
