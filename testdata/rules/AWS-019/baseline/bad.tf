# Account-baseline mode: this root declares CloudTrail, GuardDuty and # want AWS-019 # want AWS-303
# Security Hub, but no AWS Config recorder.
resource "aws_cloudtrail" "main" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "main"
  s3_bucket_name             = "acme-external-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_guardduty_detector" "main" {}

resource "aws_securityhub_account" "main" {}
