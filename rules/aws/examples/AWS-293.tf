data "aws_iam_policy_document" "release" {
  statement {
    actions   = ["s3:PutBucketPolicy"]
    resources = ["arn:aws:s3:::release-artifacts"]
  }
  statement {
    actions   = ["kms:CreateGrant"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "kms:GrantIsForAWSResource"
      values   = ["true"]
    }
  }
}
