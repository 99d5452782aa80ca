variable "retention" {
  type = number
}

resource "aws_cloudwatch_log_group" "audit" {
  name              = "/app/audit"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudwatch_log_group" "ninety" {
  name              = "/app/ninety"
  retention_in_days = 90
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# No retention (or 0): events never expire.
resource "aws_cloudwatch_log_group" "forever" {
  name       = "/app/forever"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudwatch_log_group" "zero" {
  name              = "/app/zero"
  retention_in_days = 0
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# A value that cannot be known statically is never reported.
resource "aws_cloudwatch_log_group" "from_var" {
  name              = "/app/from-var"
  retention_in_days = var.retention
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
