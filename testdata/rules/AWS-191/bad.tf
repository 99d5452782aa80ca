resource "aws_cloudtrail" "main" { # want AWS-191 "cloud_watch_logs_group_arn is not set" # want AWS-216
  name                          = "main"
  s3_bucket_name                = "acme-cloudtrail"
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
}
