resource "aws_kms_key" "contact_center" {
  description         = "Contact center recordings, media and profiles"
  enable_key_rotation = true
}

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
    s3_config {
      bucket_name   = "contact-center-recordings"
      bucket_prefix = "recordings"
      encryption_config {
        encryption_type = "KMS"
        key_id          = aws_kms_key.contact_center.arn
      }
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
        key_id          = aws_kms_key.contact_center.arn
      }
    }
  }
}

resource "aws_connect_instance_storage_config" "events" {
  instance_id   = aws_connect_instance.contact_center.id
  resource_type = "CONTACT_TRACE_RECORDS"
  storage_config {
    storage_type = "KINESIS_STREAM"
    kinesis_stream_config {
      stream_arn = "arn:aws:kinesis:eu-west-1:111122223333:stream/contact-trace-records"
    }
  }
}

resource "aws_customerprofiles_domain" "customers" {
  domain_name             = "customers"
  default_expiration_days = 365
  default_encryption_key  = aws_kms_key.contact_center.arn
}
