# The management trail records no data events; a second trail of the
# same configuration records S3 object events for the whole account.
resource "aws_cloudtrail" "management" { # want AWS-191
  name                          = "management"
  s3_bucket_name                = "acme-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudtrail" "objects" { # want AWS-191
  name                       = "s3-objects"
  s3_bucket_name             = "acme-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  advanced_event_selector {
    name = "S3 object events"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
  }
}

variable "audited_buckets" {
  type    = list(string)
  default = ["arn:aws:s3:::acme-payroll/", "arn:aws:s3:::acme-customer-exports/"]
}
