variable "queue_sse" {
  type    = bool
  default = false
}

resource "aws_sqs_queue" "explicit_off" {
  name                    = "explicit-off"
  sqs_managed_sse_enabled = false # want AWS-040
}

resource "aws_sqs_queue" "via_variable" {
  name                    = "via-variable"
  sqs_managed_sse_enabled = var.queue_sse # want AWS-040
}

# An empty key id is no key.
resource "aws_sqs_queue" "empty_key" {
  name                    = "empty-key"
  kms_master_key_id       = ""
  sqs_managed_sse_enabled = "false" # want AWS-040
}
