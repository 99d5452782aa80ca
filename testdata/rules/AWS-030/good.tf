# A group whose inline policy denies everything but MFA setup without MFA.
resource "aws_iam_group" "console" {
  name = "console-users"
}

resource "aws_iam_group_policy" "require_mfa" {
  name  = "require-mfa"
  group = aws_iam_group.console.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyAllButMFASetupWithoutMFA"
      Effect    = "Deny"
      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:ResyncMFADevice", "iam:GetUser", "iam:ChangePassword", "sts:GetSessionToken"]
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}

resource "aws_iam_user" "dave" { # want AWS-031
  name = "dave"
}

resource "aws_iam_user_login_profile" "dave" {
  user = aws_iam_user.dave.name
}

resource "aws_iam_group_membership" "console" {
  name  = "console-users"
  group = aws_iam_group.console.name
  users = [aws_iam_user.dave.name]
}

# A managed policy rendered from a policy document, attached to the user.
data "aws_iam_policy_document" "require_mfa" {
  statement {
    effect      = "Deny"
    not_actions = ["iam:ChangePassword", "iam:EnableMFADevice", "iam:CreateVirtualMFADevice"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_policy" "require_mfa" {
  name   = "require-mfa"
  policy = data.aws_iam_policy_document.require_mfa.json
}

resource "aws_iam_user" "erin" { # want AWS-031
  name = "erin"
}

resource "aws_iam_user_login_profile" "erin" {
  user = aws_iam_user.erin.name
}

resource "aws_iam_user_policy_attachment" "erin" { # want AWS-211
  user       = aws_iam_user.erin.name
  policy_arn = aws_iam_policy.require_mfa.arn
}

# An exclusive attachment list: one of the policies denies requests whose
# MFA age is null (made without MFA).
resource "aws_iam_policy" "mfa_age" {
  name = "deny-without-mfa"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      NotAction = "iam:*"
      Resource  = "*"
      Condition = { Null = { "aws:MultiFactorAuthAge" = "true" } }
    }]
  })
}

resource "aws_iam_user" "ivan" { # want AWS-031
  name = "ivan"
}

resource "aws_iam_user_login_profile" "ivan" {
  user = aws_iam_user.ivan.name
}

resource "aws_iam_user_policy_attachments_exclusive" "ivan" {
  user_name   = aws_iam_user.ivan.name
  policy_arns = ["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", aws_iam_policy.mfa_age.arn]
}

# Unknown is never bad, it is an undecided note: a customer managed policy that is not in the code ...
resource "aws_iam_user" "frank" { # want AWS-031
  name = "frank"
}

resource "aws_iam_user_login_profile" "frank" { # want-note AWS-030
  user = aws_iam_user.frank.name
}

resource "aws_iam_user_policy_attachment" "frank" { # want AWS-211
  user       = aws_iam_user.frank.name
  policy_arn = "arn:aws:iam::111122223333:policy/OrgRequireMFA"
}

# ... a group that is not declared here ...
resource "aws_iam_user" "grace" { # want AWS-031
  name = "grace"
}

resource "aws_iam_user_login_profile" "grace" { # want-note AWS-030
  user = aws_iam_user.grace.name
}

resource "aws_iam_user_group_membership" "grace" {
  user   = aws_iam_user.grace.name
  groups = ["legacy-console-users"]
}

# ... and a user that is not declared in the scanned code.
resource "aws_iam_user_login_profile" "heidi" {
  user = "heidi"
}
