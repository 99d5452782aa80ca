variable "sse" {
  type = bool
}

resource "aws_kinesis_firehose_delivery_stream" "events" {
  name        = "events"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "AWS_OWNED_CMK"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::events-archive"
  }
}

resource "aws_kms_key" "firehose" {
  description         = "firehose"
  enable_key_rotation = true
}

resource "aws_kinesis_firehose_delivery_stream" "cmk" {
  name        = "orders"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::orders-archive"
  }
}

# Fed by a Kinesis data stream: the stream's encryption applies.
resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "from-stream"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:eu-west-1:111122223333:stream/clicks"
    role_arn           = "arn:aws:iam::111122223333:role/firehose"
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::clicks-archive"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "chosen" {
  name        = "chosen"
  destination = "extended_s3"

  server_side_encryption {
    enabled = var.sse # want-note AWS-147
  }

  extended_s3_configuration {
    role_arn   = "arn:aws:iam::111122223333:role/firehose"
    bucket_arn = "arn:aws:s3:::chosen-archive"
  }
}
