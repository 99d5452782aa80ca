# Amazon Connect storage configs and a Customer Profiles domain that name
# no customer managed key.

resource "aws_connect_instance" "contact_center" {
  identity_management_type  = "CONNECT_MANAGED"
  instance_alias            = "contact-center"
  inbound_calls_enabled     = true
  outbound_calls_enabled    = true
  contact_flow_logs_enabled = true
}

resource "aws_connect_instance_storage_config" "recordings" {
  instance_id   = aws_connect_instance.contact_center.id
  resource_type = "CALL_RECORDINGS"
  storage_config {
    storage_type = "S3"
    s3_config { # want AWS-169 "storage_config.s3_config.encryption_config.key_id"
      bucket_name   = "contact-center-recordings"
      bucket_prefix = "recordings"
    }
  }
}

resource "aws_connect_instance_storage_config" "media" {
  instance_id   = aws_connect_instance.contact_center.id
  resource_type = "MEDIA_STREAMS"
  storage_config {
    storage_type = "KINESIS_VIDEO_STREAM"
    kinesis_video_stream_config {
      prefix                 = "contact-center"
      retention_period_hours = 24
      encryption_config {
        encryption_type = "KMS"
        key_id          = "alias/aws/kinesisvideo" # want AWS-169 "AWS managed"
      }
    }
  }
}

resource "aws_customerprofiles_domain" "customers" { # want AWS-169 "default_encryption_key"
  domain_name             = "customers"
  default_expiration_days = 365
}
