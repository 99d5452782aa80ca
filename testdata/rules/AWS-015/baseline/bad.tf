# Account-baseline mode: this root declares GuardDuty, Security Hub and # want AWS-015 # want AWS-303
# AWS Config, but no CloudTrail trail.
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
