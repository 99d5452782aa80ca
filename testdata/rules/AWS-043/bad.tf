variable "stream_encryption" {
  type    = string
  default = "NONE"
}

resource "aws_kinesis_stream" "default_off" { # want AWS-043
  name        = "default-off"
  shard_count = 1
}

resource "aws_kinesis_stream" "explicit_none" {
  name            = "explicit-none"
  shard_count     = 1
  encryption_type = "NONE" # want AWS-043
}

# A key without encryption_type = "KMS" is not used.
resource "aws_kinesis_stream" "via_variable" {
  name            = "via-variable"
  shard_count     = 1
  encryption_type = var.stream_encryption # want AWS-043
  kms_key_id      = "alias/aws/kinesis"
}
