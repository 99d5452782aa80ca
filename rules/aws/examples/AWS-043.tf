resource "aws_kinesis_stream" "events" {
  name            = "events"
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis" # or a customer managed key

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
