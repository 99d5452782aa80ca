variable "include_management" {
  type = bool
}

resource "aws_cloudtrail" "other" { # want AWS-191 AWS-216
  name                          = "other"
  s3_bucket_name                = "acme-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  event_selector {
    include_management_events = var.include_management # want-note AWS-328
  }
}
