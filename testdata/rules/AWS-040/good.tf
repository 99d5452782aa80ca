variable "queue_sse_unknown" {
  type = bool
}

# New queues are encrypted with SSE-SQS when nothing is set.
resource "aws_sqs_queue" "ok_default" {
  name = "ok-default"
}

resource "aws_sqs_queue" "ok_explicit_on" {
  name                    = "ok-explicit-on"
  sqs_managed_sse_enabled = true
}

# SSE-KMS with the AWS managed key.
resource "aws_sqs_queue" "ok_kms_alias" {
  name                    = "ok-kms-alias"
  kms_master_key_id       = "alias/aws/sqs"
  sqs_managed_sse_enabled = false
}

resource "aws_kms_key" "queues" {
  description         = "queues"
  enable_key_rotation = true
}

# SSE-KMS with a customer managed key (its ARN is known only after apply).
resource "aws_sqs_queue" "ok_kms_cmk" {
  name                    = "ok-kms-cmk"
  kms_master_key_id       = aws_kms_key.queues.arn
  sqs_managed_sse_enabled = false
}

resource "aws_sqs_queue" "ok_unknown" {
  name                    = "ok-unknown"
  sqs_managed_sse_enabled = var.queue_sse_unknown # want-note AWS-040
}
