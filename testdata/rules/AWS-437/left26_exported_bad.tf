# The root module outputs another resource's name, not the alarm's: nothing
# can be watching the alarm.
resource "aws_sns_topic" "ops" {
  name              = "ops-notices"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_cloudwatch_metric_alarm" "queue_age" { # want AWS-437 "names no alarm, OK or insufficient-data action"
  alarm_name          = "orders-queue-age"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "ApproximateAgeOfOldestMessage"
  namespace           = "AWS/SQS"
  period              = 300
  statistic           = "Maximum"
  threshold           = 900
  dimensions = {
    QueueName = "orders"
  }
}

output "ops_topic_arn" {
  value = aws_sns_topic.ops.arn
}
