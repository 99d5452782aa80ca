# A help-desk role that may reset any user's CodeCommit credentials and
# take MFA devices off.
data "aws_iam_policy_document" "helpdesk" {
  statement {
    actions = [
      "iam:ListUsers",
      "iam:ResetServiceSpecificCredential",
      "iam:DeactivateMFADevice",
    ]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "helpdesk" {
  role   = "helpdesk"
  policy = data.aws_iam_policy_document.helpdesk.json # want AWS-294 "iam:ResetServiceSpecificCredential" AWS-294 "iam:DeactivateMFADevice"
}

# A wildcard over the Update actions turns any user's access key back on.
resource "aws_iam_group_policy" "operators" {
  group = "operators"
  policy = jsonencode({ # want AWS-294 "iam:Update. on every resource .*iam:UpdateAccessKey" AWS-203
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:Update*"
      Resource = "*"
    }]
  })
}
