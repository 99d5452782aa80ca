# A policy document data source whose statement for any principal is
# limited only by the service it comes through: principals of every
# account that use EC2 may use the key (a negated kms:CallerAccount test
# does not limit it either).
variable "volumes_account_id" {
  type = string
}

data "aws_iam_policy_document" "volumes_key" {
  statement {
    sid = "Admin"
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${var.volumes_account_id}:root"]
    }
    actions   = ["kms:*"]
    resources = ["*"]
  }

  statement {
    sid = "AnyoneViaEC2"
    principals {
      type        = "AWS"
      identifiers = ["*"] # want AWS-114 "aws_kms_key.volumes: its policy grants access to any principal"
    }
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["ec2.eu-west-1.amazonaws.com"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "kms:CallerAccount"
      values   = ["444455556666"]
    }
  }
}

resource "aws_kms_key" "volumes" {
  description         = "EBS volumes"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.volumes_key.json
}
