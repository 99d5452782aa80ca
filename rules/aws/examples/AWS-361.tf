data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.app.arn]
  }

  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.eu-west-1.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "app" {
  name   = "app-keys"
  role   = aws_iam_role.app.id
  policy = data.aws_iam_policy_document.app.json
}
