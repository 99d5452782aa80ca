# Alarms whose actions run: the default, and actions_enabled written true.

resource "aws_sns_topic" "security_alerts" {
  name              = "security-alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_cloudwatch_metric_alarm" "unauthorized_calls" {
  alarm_name          = "unauthorized-api-calls"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "UnauthorizedAPICalls"
  namespace           = "CISBenchmark"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}

resource "aws_cloudwatch_metric_alarm" "console_no_mfa" {
  alarm_name          = "console-signin-without-mfa"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "ConsoleSigninWithoutMFA"
  namespace           = "CISBenchmark"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  actions_enabled     = true
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}

resource "aws_cloudwatch_composite_alarm" "identity" {
  alarm_name    = "identity-events"
  alarm_actions = [aws_sns_topic.security_alerts.arn]
  alarm_rule    = "ALARM(${aws_cloudwatch_metric_alarm.unauthorized_calls.alarm_name}) OR ALARM(${aws_cloudwatch_metric_alarm.console_no_mfa.alarm_name})"
}
