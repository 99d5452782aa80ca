variable "account_id" {
  type    = string
  default = "111122223333"
}

# Delegated administration: only the team's roles, and only with the team's
# permissions boundary.
data "aws_iam_policy_document" "team_admin" {
  statement {
    actions   = ["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:CreateRole"]
    resources = ["arn:aws:iam::${var.account_id}:role/team/*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = ["arn:aws:iam::${var.account_id}:policy/team-boundary"]
    }
  }

  statement {
    sid       = "ReadOnly"
    actions   = ["iam:Get*", "iam:List*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "team_admin" {
  name   = "team-admin"
  policy = data.aws_iam_policy_document.team_admin.json
}

# Users manage their own credentials only.
resource "aws_iam_group_policy" "self_service" {
  group = "developers"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreateAccessKey", "iam:UpdateLoginProfile"]
      Resource = "arn:aws:iam::*:user/$${aws:username}"
    }]
  })
}

# Attaching is allowed on every role, but only of one reviewed policy.
resource "aws_iam_role_policy" "attacher" {
  role = "attacher"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:AttachRolePolicy"
      Resource = "*"
      Condition = {
        ArnEquals = { "iam:PolicyARN" = "arn:aws:iam::aws:policy/ReadOnlyAccess" }
      }
    }]
  })
}

# New versions of the application's policies only: this policy's own
# name (platform/platform-release) is not among them.
resource "aws_iam_policy" "platform_release" {
  name = "platform-release"
  path = "/platform/"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:CreatePolicyVersion"
      Resource = "arn:aws:iam::${var.account_id}:policy/app/*"
    }]
  })
}

# AWS managed policies (account "aws") take no customer versions, whatever
# their names.
resource "aws_iam_policy" "readonly_helper" {
  name = "readonly-helper"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:CreatePolicyVersion"
      Resource = "arn:aws:iam::aws:policy/readonly-*"
    }]
  })
}

# A window that opens in the future still limits the grant today.
data "aws_iam_policy_document" "maintenance" {
  statement {
    actions   = ["iam:AttachRolePolicy"]
    resources = ["*"]
    condition {
      test     = "DateGreaterThan"
      variable = "aws:CurrentTime"
      values   = ["2099-01-01T00:00:00Z"]
    }
  }
}

resource "aws_iam_policy" "maintenance" {
  name   = "maintenance"
  policy = data.aws_iam_policy_document.maintenance.json
}
