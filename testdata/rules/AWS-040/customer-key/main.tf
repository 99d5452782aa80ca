# With require-customer-key, a queue must name a customer managed key:
# SSE-SQS and the AWS managed key alias/aws/sqs are reported, a key this
# configuration creates is not, and one from a variable without a value is
# a note (it may name alias/aws/sqs).
variable "queue_key_arn" {
  type = string
}

resource "aws_kms_key" "queues" {
  description         = "sqs"
  enable_key_rotation = true
}

resource "aws_sqs_queue" "sse_sqs" { # want AWS-040 "kms_master_key_id is not set"
  name                    = "orders"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "aws_managed" {
  name              = "payments"
  kms_master_key_id = "alias/aws/sqs" # want AWS-040 "alias/aws/sqs"
}

resource "aws_sqs_queue" "own_key" {
  name                              = "audit"
  kms_master_key_id                 = aws_kms_key.queues.arn
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "from_variable" {
  for_each          = toset(["billing", "shipping"])
  name              = each.key
  kms_master_key_id = var.queue_key_arn # want-note AWS-040
}
