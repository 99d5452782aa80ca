# Metric alarms that name no action at all, in a root where nothing else
# uses their state: they change state and no one is told.

variable "alarm_topics" {
  type    = list(string)
  default = []
}

variable "paging_topics" {
  type = list(string)
}

resource "aws_cloudwatch_metric_alarm" "root_usage" { # want AWS-437 "names no alarm, OK or insufficient-data action"
  alarm_name          = "root-usage"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "RootUsageCount"
  namespace           = "CISBenchmark"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
}

# Empty lists, written or from a variable's default, name nothing either.
resource "aws_cloudwatch_metric_alarm" "iam_changes" { # want AWS-437
  alarm_name                = "iam-policy-changes"
  comparison_operator       = "GreaterThanOrEqualToThreshold"
  evaluation_periods        = 1
  metric_name               = "IAMPolicyChanges"
  namespace                 = "CISBenchmark"
  period                    = 300
  statistic                 = "Sum"
  threshold                 = 1
  alarm_actions             = var.alarm_topics
  ok_actions                = []
  insufficient_data_actions = null
}

# Topics not known statically: the alarm may name some. A list that holds
# an unknown topic names one.
resource "aws_cloudwatch_metric_alarm" "console_no_mfa" {
  alarm_name          = "console-signin-without-mfa"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "ConsoleSigninWithoutMFA"
  namespace           = "CISBenchmark"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = var.paging_topics # want-note AWS-437 "the alarm's actions"
}

resource "aws_cloudwatch_metric_alarm" "cloudtrail_changes" {
  alarm_name          = "cloudtrail-changes"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "CloudTrailChanges"
  namespace           = "CISBenchmark"
  period              = 300
  statistic           = "Sum"
  threshold           = 1
  alarm_actions       = [one(var.paging_topics)]
}
