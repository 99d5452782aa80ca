resource "aws_kms_key" "trail" {
  description         = "cloudtrail"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" { # want AWS-191 # want AWS-216
  name                          = "main"
  s3_bucket_name                = "org-trail-logs"
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.trail.arn
}
