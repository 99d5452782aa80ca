resource "aws_cloudwatch_log_group" "trail" { # want AWS-017 AWS-018 AWS-019 # want AWS-303
  name              = "cloudtrail"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
}

resource "aws_cloudtrail" "main" { # want AWS-216
  name                          = "main"
  s3_bucket_name                = "acme-cloudtrail"
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/cloudtrail-to-logs"
}

# A plain-text filter pattern: whether it selects the CIS events or root
# activity cannot be told from its text (it matches events holding the term),
# which is a note, not a finding.
resource "aws_cloudwatch_log_metric_filter" "api_calls" {
  name           = "api-calls"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "eventName" # want-note AWS-194 AWS-033
  metric_transformation {
    name      = "ApiCalls"
    namespace = "Security"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "api_calls" {
  alarm_name          = "api-calls"
  metric_name         = aws_cloudwatch_log_metric_filter.api_calls.metric_transformation[0].name
  namespace           = "Security"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:security"]
}
