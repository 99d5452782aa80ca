# Users manage their own credentials, as the IAM guide's self-service
# policy shows.
data "aws_iam_policy_document" "self_service" {
  statement {
    actions = [
      "iam:CreateServiceSpecificCredential",
      "iam:ResetServiceSpecificCredential",
      "iam:UploadSSHPublicKey",
      "iam:UpdateAccessKey",
      "iam:DeactivateMFADevice",
    ]
    resources = ["arn:aws:iam::*:user/$${aws:username}"]
  }
  statement {
    actions   = ["iam:ListUsers", "iam:GetAccountPasswordPolicy"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "self_service" {
  name   = "self-service"
  policy = data.aws_iam_policy_document.self_service.json
}

# Only with MFA present.
resource "aws_iam_group_policy" "operators" {
  group = "operators"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "iam:UpdateAccessKey"
      Resource  = "*"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}
