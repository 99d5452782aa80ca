# Two resources and a data source on the provider the caller hands over:
# its configuration is reported once.
data "aws_caller_identity" "current" {}

resource "aws_sqs_queue" "alerts" {
  name                    = "audit-alerts-${data.aws_caller_identity.current.account_id}"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "alerts_dlq" {
  name                    = "audit-alerts-dlq"
  sqs_managed_sse_enabled = true
}
