# Account-baseline mode: the account password policy is declared in this # want AWS-303
# root; it also covers the console users of console.yaml, scanned with it.
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

resource "aws_iam_account_password_policy" "main" {
  minimum_password_length      = 14
  password_reuse_prevention    = 24
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  max_password_age             = 90
}

resource "aws_iam_user" "operator" { # want AWS-031
  name = "operator"
}

resource "aws_iam_user_login_profile" "operator" { # want AWS-030
  user = aws_iam_user.operator.name
}
