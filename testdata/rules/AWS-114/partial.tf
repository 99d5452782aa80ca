# Principals built from a value that is not known statically.
variable "consumer_account" {
  type = string
}

variable "principal" {
  type = string
}

# An account root ARN: whatever the account, it is not "*".
resource "aws_lambda_layer_version_permission" "one_account" {
  layer_name     = "arn:aws:lambda:eu-west-1:111122223333:layer:utils"
  version_number = 3
  statement_id   = "consumer"
  action         = "lambda:GetLayerVersion"
  principal      = "arn:aws:iam::${var.consumer_account}:root"
}

# The principal itself is unknown: it may be "*".
resource "aws_lambda_layer_version_permission" "chosen" {
  layer_name     = "arn:aws:lambda:eu-west-1:111122223333:layer:utils"
  version_number = 3
  statement_id   = "chosen"
  action         = "lambda:GetLayerVersion"
  principal      = var.principal # want-note AWS-114
}
