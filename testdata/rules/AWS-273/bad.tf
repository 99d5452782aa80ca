# An account trail that audits object reads of the data buckets, but not
# who uploads, overwrites or deletes objects.
variable "data_buckets" {
  type    = list(string)
  default = ["acme-payroll", "acme-exports"]
}

resource "aws_cloudtrail" "account" { # want AWS-191 AWS-273 "for reads only"
  name                          = "account"
  s3_bucket_name                = "acme-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  event_selector { # want AWS-328
    read_write_type           = "ReadOnly"
    include_management_events = true
    data_resource {
      type   = "AWS::S3::Object"
      values = [for b in var.data_buckets : "arn:aws:s3:::${b}/"]
    }
  }
}
