variable "audited_bucket_arn" {
  type = string
}

resource "aws_s3_bucket" "trail_logs" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-009 AWS-160
  bucket = "acme-trail-logs"
}

# Whether the variable names this bucket cannot be told.
resource "aws_s3_bucket" "uploads" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "acme-uploads"
}

resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail_logs.id
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn    = "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/cloudtrail-to-logs"

  advanced_event_selector { # want AWS-328
    name = "Audited bucket objects"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field       = "resources.ARN"
      starts_with = ["${var.audited_bucket_arn}/"] # want-note AWS-254
    }
  }
}
