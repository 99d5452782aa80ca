variable "caller" {
  type = string
}

resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowS3"
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnail"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::uploads-111122223333"
  source_account = "111122223333"
}

resource "aws_lambda_permission" "org" {
  statement_id     = "AllowOrg"
  action           = "lambda:InvokeFunction"
  function_name    = "shared"
  principal        = "*"
  principal_org_id = "o-a1b2c3d4e5"
}

resource "aws_lambda_permission" "unknown" {
  statement_id  = "AllowCaller"
  action        = "lambda:InvokeFunction"
  function_name = "shared"
  principal     = var.caller # want-note AWS-113
}

variable "partner_account" {
  type = string
}

# One account, whatever its ID: the known text of the ARN has no wildcard.
resource "aws_lambda_permission" "partner" {
  statement_id  = "AllowPartner"
  action        = "lambda:InvokeFunction"
  function_name = "shared"
  principal     = "arn:aws:iam::${var.partner_account}:root"
}

resource "aws_lambda_permission" "accounts" {
  for_each      = toset(["111122223333", "444455556666"])
  statement_id  = "Allow-${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = "shared"
  principal     = "arn:aws:iam::${each.key}:root"
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

# Only the topic named by its ARN may invoke it.
resource "aws_lambda_permission" "from_topic" {
  statement_id  = "AllowAlerts"
  action        = "lambda:InvokeFunction"
  function_name = "notifier"
  principal     = "*"
  source_arn    = aws_sns_topic.alerts.arn
}

data "aws_caller_identity" "current" {}

# The deploying account itself: its ID is known only at apply time, but it
# is one account, never a wildcard.
resource "aws_lambda_permission" "own_account" {
  statement_id  = "AllowOwnAccount"
  action        = "lambda:InvokeFunction"
  function_name = "shared"
  principal     = data.aws_caller_identity.current.account_id
}

data "aws_ssm_parameter" "caller" {
  name = "/lambda/caller"
}

# Another data source may hold anything, "*" included.
resource "aws_lambda_permission" "from_parameter" {
  statement_id  = "AllowParameter"
  action        = "lambda:InvokeFunction"
  function_name = "shared"
  principal     = data.aws_ssm_parameter.caller.value # want-note AWS-113
}
