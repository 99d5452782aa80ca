resource "aws_kinesis_stream" "central_logs" {
  name             = "central-logs"
  shard_count      = 1
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"
  retention_period = 24
}

resource "aws_cloudwatch_log_destination" "central" {
  name       = "central-logs"
  role_arn   = "arn:aws:iam::111122223333:role/cwl-to-kinesis"
  target_arn = aws_kinesis_stream.central_logs.arn
}

variable "sender_accounts" {
  type    = list(string)
  default = ["444455556666", "777788889999"]
}

# The sending accounts are named; the organization's accounts may also
# subscribe (any principal, limited by aws:PrincipalOrgID).
data "aws_iam_policy_document" "central_destination" {
  statement {
    sid     = "Senders"
    actions = ["logs:PutSubscriptionFilter"]
    principals {
      type        = "AWS"
      identifiers = var.sender_accounts
    }
    resources = [aws_cloudwatch_log_destination.central.arn]
  }
  statement {
    sid     = "Organization"
    actions = ["logs:PutSubscriptionFilter"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    resources = [aws_cloudwatch_log_destination.central.arn]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_cloudwatch_log_destination_policy" "central" {
  destination_name = aws_cloudwatch_log_destination.central.name
  access_policy    = data.aws_iam_policy_document.central_destination.json
}
