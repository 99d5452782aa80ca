# A second trail records the objects of every bucket: the selective trail
# leaves nothing out.
resource "aws_s3_bucket" "orders" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "acme-orders"
}

resource "aws_s3_bucket" "uploads" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "acme-uploads"
}

resource "aws_cloudtrail" "orders" {
  name                          = "orders"
  s3_bucket_name                = "acme-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn    = "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/cloudtrail-to-logs"

  event_selector {
    read_write_type = "WriteOnly"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["${aws_s3_bucket.orders.arn}/"]
    }
  }
}

resource "aws_cloudtrail" "objects" {
  name                          = "objects"
  s3_bucket_name                = "acme-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn    = "arn:aws:logs:eu-west-1:111122223333:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/cloudtrail-to-logs"

  event_selector {
    read_write_type = "All"
    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}
