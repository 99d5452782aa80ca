# Account-baseline mode: an EventBridge rule matches root activity. # want AWS-194 # want AWS-303
resource "aws_cloudtrail" "main" { # want AWS-149 # want AWS-216
  name                       = "main"
  s3_bucket_name             = "acme-external-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::111122223333:role/cloudtrail-to-cloudwatch"
}

resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_securityhub_account" "main" {}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/aws-config"

  recording_group {
    include_global_resource_types = true
  }
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
}

resource "aws_cloudwatch_event_rule" "root_activity" {
  name = "root-activity"
  event_pattern = jsonencode({
    detail-type = ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"]
    detail = {
      userIdentity = { type = ["Root"] }
    }
  })
}
