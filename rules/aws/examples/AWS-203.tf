data "aws_iam_policy_document" "team_admin" {
  statement {
    actions   = ["iam:AttachRolePolicy", "iam:PutRolePolicy"]
    resources = ["arn:aws:iam::111122223333:role/team/*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PermissionsBoundary"
      values   = ["arn:aws:iam::111122223333:policy/team-boundary"]
    }
  }
}
