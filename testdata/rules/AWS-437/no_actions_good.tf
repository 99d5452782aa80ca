# Metric alarms without actions whose state something else uses: a CodeDeploy
# deployment group rolls back on one, and an alarm that notifies only when
# it recovers names an action.

resource "aws_sns_topic" "ops" {
  name              = "ops-notices"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "api-5xx"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 2
  metric_name         = "5XXError"
  namespace           = "AWS/ApiGateway"
  period              = 60
  statistic           = "Sum"
  threshold           = 5
}

resource "aws_codedeploy_deployment_group" "api" {
  app_name              = "api"
  deployment_group_name = "api-prod"
  service_role_arn      = "arn:aws:iam::123456789012:role/codedeploy"

  alarm_configuration {
    alarms  = [aws_cloudwatch_metric_alarm.errors.alarm_name]
    enabled = true
  }

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_STOP_ON_ALARM"]
  }
}

resource "aws_cloudwatch_metric_alarm" "recovered" {
  alarm_name          = "queue-drained"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = 1
  metric_name         = "ApproximateNumberOfMessagesVisible"
  namespace           = "AWS/SQS"
  period              = 300
  statistic           = "Maximum"
  threshold           = 1
  ok_actions          = [aws_sns_topic.ops.arn]
}
