resource "aws_sqs_queue" "replica" { # want AWS-050
  name                    = "replica"
  sqs_managed_sse_enabled = true
}
