# Member alarms without actions of a composite alarm that names them by
# their literal names and notifies: the composite alarm alerts.

resource "aws_sns_topic" "alerts" {
  name              = "security-alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_cloudwatch_metric_alarm" "member" {
  for_each            = toset(["UnauthorizedAPICalls", "ConsoleSigninFailures"])
  alarm_name          = each.key
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = each.key
  namespace           = "CISBenchmark"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

resource "aws_cloudwatch_composite_alarm" "identity" {
  alarm_name    = "identity-events"
  alarm_actions = [aws_sns_topic.alerts.arn]
  alarm_rule    = "ALARM(\"UnauthorizedAPICalls\") OR ALARM(\"ConsoleSigninFailures\")"
}
