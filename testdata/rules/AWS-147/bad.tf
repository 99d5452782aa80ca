resource "aws_kinesis_firehose_delivery_stream" "events" { # want AWS-147 "server_side_encryption.enabled is not set"
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::events-archive"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "off" {
  name        = "clicks"
  destination = "extended_s3"

  server_side_encryption {
    enabled = false # want AWS-147
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::clicks-archive"
  }
}
