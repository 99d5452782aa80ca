resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::210987654321:role/producer" }
      Action    = "sqs:*" # want AWS-212
      Resource  = aws_sqs_queue.jobs.arn
    }]
  })
}

data "aws_iam_policy_document" "events" {
  statement {
    actions   = ["*"]
    resources = ["arn:aws:sqs:eu-west-1:123456789012:events"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
  }
}

resource "aws_sqs_queue" "events" {
  name   = "events"
  policy = data.aws_iam_policy_document.events.json # want AWS-212
}
