# One multi-region trail that logs answers "every region" for the account.
# Its own gaps are other rules' (validation AWS-221, global service
# events AWS-270); the single-region trail beside it, which records one
# bucket's object-level events, is not reported.
resource "aws_cloudtrail" "unvalidated" { # want AWS-221 AWS-149 AWS-191
  name                  = "unvalidated"
  s3_bucket_name        = "acme-external-trail-logs"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "regional_only" { # want AWS-149 AWS-191
  name                          = "regional-only"
  s3_bucket_name                = "acme-external-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = false # want AWS-270
}

resource "aws_cloudtrail" "uploads_data_events" { # want AWS-221 AWS-149 AWS-191
  name           = "uploads-data-events"
  s3_bucket_name = "acme-external-trail-logs"

  event_selector {
    read_write_type           = "WriteOnly"
    include_management_events = false

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::acme-uploads/"]
    }
  }
}
