resource "aws_sqs_queue" "orders" {
  name                    = "orders"
  sqs_managed_sse_enabled = true
  # or SSE-KMS with a customer managed key:
  # kms_master_key_id = aws_kms_key.queues.arn
}
