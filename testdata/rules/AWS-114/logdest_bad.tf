# A central logging account's destination, fed by a Kinesis stream.
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

# Any AWS account may subscribe its log groups to the destination.
data "aws_iam_policy_document" "central_destination" {
  statement {
    effect  = "Allow"
    actions = ["logs:PutSubscriptionFilter"]
    principals {
      type        = "AWS"
      identifiers = ["*"] # want AWS-114 "grants access to any principal"
    }
    resources = [aws_cloudwatch_log_destination.central.arn]
  }
}

resource "aws_cloudwatch_log_destination_policy" "central" {
  destination_name = aws_cloudwatch_log_destination.central.name
  access_policy    = data.aws_iam_policy_document.central_destination.json
}

# An audit destination open to every account but one.
resource "aws_cloudwatch_log_destination_policy" "audit" {
  destination_name = "audit-logs"
  access_policy = jsonencode({ # want AWS-114 "every principal except those in NotPrincipal"
    Version = "2012-10-17"
    Statement = [{
      Effect       = "Allow"
      NotPrincipal = { AWS = "arn:aws:iam::444455556666:root" }
      Action       = "logs:PutSubscriptionFilter"
      Resource     = "arn:aws:logs:us-east-1:111122223333:destination:audit-logs"
    }]
  })
}
