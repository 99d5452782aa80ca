# Heredoc policies that interpolate ARNs: the statements are read around
# the unknown pieces, so the "*" principal is seen.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"AWS": "*"},
      "Action": "sqs:SendMessage",
      "Resource": "${aws_sqs_queue.jobs.arn}"
    }
  ]
}
POLICY
}

# A hand-written document with trailing commas: read as AWS reads intent.
resource "aws_sns_topic" "alerts" { # want AWS-141
  name = "alerts"
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": [
        "SNS:Subscribe",
        "SNS:Publish",
      ],
      "Resource": "${aws_sns_topic.alerts.arn}",
    },
  ]
}
POLICY
}
