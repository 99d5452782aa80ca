resource "aws_cloudwatch_log_group" "api" {
  name              = "/app/api"
  retention_in_days = 30 # want AWS-020
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

locals {
  short = 7
}

resource "aws_cloudwatch_log_group" "worker" {
  name              = "/app/worker"
  retention_in_days = local.short # want AWS-020
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
