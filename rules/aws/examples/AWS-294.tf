data "aws_iam_policy_document" "self_service" {
  statement {
    actions = [
      "iam:CreateServiceSpecificCredential",
      "iam:ResetServiceSpecificCredential",
      "iam:UploadSSHPublicKey",
    ]
    resources = ["arn:aws:iam::*:user/$${aws:username}"]
  }
}
