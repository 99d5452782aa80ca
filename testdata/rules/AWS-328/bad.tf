# The only trail of the configuration was set up for S3 data events, and
# management events were turned off in its selector.
resource "aws_cloudtrail" "objects" { # want AWS-191
  name                          = "s3-objects"
  s3_bucket_name                = "acme-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  event_selector { # want AWS-328 "records no management events"
    read_write_type           = "All"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
