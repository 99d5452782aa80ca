# Decryption limited to named keys, or to one service through
# kms:ViaService; encryption alone on every key.

resource "aws_kms_key" "data" {
  description         = "application data"
  enable_key_rotation = true
}

data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [aws_kms_key.data.arn]
  }

  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.eu-west-1.amazonaws.com"]
    }
  }

  statement {
    actions   = ["kms:Encrypt", "kms:ListAliases"]
    resources = ["*"]
  }

  statement {
    actions   = ["kms:ReEncryptFrom"]
    resources = ["arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"]
  }
}

resource "aws_iam_policy" "app" {
  name   = "app"
  policy = data.aws_iam_policy_document.app.json
}
