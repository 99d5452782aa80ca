# Account-baseline mode: this root declares CloudTrail, Security Hub and # want AWS-017 # want AWS-303
# AWS Config, but no GuardDuty detector.
resource "aws_cloudtrail" "main" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "main"
  s3_bucket_name             = "acme-external-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
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
