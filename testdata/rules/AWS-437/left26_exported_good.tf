# An alarm without actions that the root module outputs: another state
# (a composite alarm or dashboard elsewhere, read through
# terraform_remote_state) may watch it.
resource "aws_cloudwatch_metric_alarm" "queue_age" {
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

output "queue_age_alarm_arn" {
  value = aws_cloudwatch_metric_alarm.queue_age.arn
}
