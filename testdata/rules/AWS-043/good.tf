variable "stream_encryption_unknown" {
  type = string
}

resource "aws_kinesis_stream" "ok_managed_key" {
  name            = "ok-managed-key"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_kms_key" "streams" {
  description         = "streams"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "ok_cmk" {
  name            = "ok-cmk"
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.streams.arn

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "ok_unknown" {
  name            = "ok-unknown"
  shard_count     = 1
  encryption_type = var.stream_encryption_unknown # want-note AWS-043
  kms_key_id      = "alias/aws/kinesis"
}
