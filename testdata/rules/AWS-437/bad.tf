# Alarms that fire but alert no one: actions turned off on a metric alarm
# and on a composite alarm.

resource "aws_sns_topic" "security_alerts" {
  name              = "security-alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_cloudwatch_log_metric_filter" "root_usage" {
  name           = "root-usage"
  log_group_name = "cloudtrail-events"
  pattern        = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"

  metric_transformation {
    name      = "RootUsageCount"
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root_usage" {
  alarm_name          = "root-usage"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "RootUsageCount"
  namespace           = "CISBenchmark"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  actions_enabled     = false # want AWS-437 "actions_enabled = false"
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}

resource "aws_cloudwatch_composite_alarm" "api_degraded" {
  alarm_name      = "api-degraded"
  actions_enabled = false # want AWS-437
  alarm_actions   = [aws_sns_topic.security_alerts.arn]
  alarm_rule      = "ALARM(${aws_cloudwatch_metric_alarm.root_usage.alarm_name})"
}
