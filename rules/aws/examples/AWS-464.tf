data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "key" {
  # The default key policy: the account's IAM policies decide.
  statement {
    sid       = "EnableIAMUserPermissions"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }

  # A role of the workload gets the actions it uses, not kms:*.
  statement {
    sid       = "AppUse"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/app"]
    }
  }
}

resource "aws_kms_key" "app" {
  description         = "application data"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
}
