# Account-baseline mode: a root that declares every account-level control.
resource "aws_cloudtrail" "main" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "main"
  s3_bucket_name             = "acme-external-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
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

resource "aws_accessanalyzer_analyzer" "account" {
  analyzer_name = "account"
}
