variable "object_events" {
  type = string
}

resource "aws_cloudtrail" "main" { # want AWS-191
  name                          = "main"
  s3_bucket_name                = "acme-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  event_selector {
    read_write_type = "ReadOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }

  event_selector {
    read_write_type = var.object_events # want-note AWS-273 AWS-328
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3:::acme-payroll/"]
    }
  }
}
