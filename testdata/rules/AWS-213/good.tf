variable "caller_arn" {
  type = string
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "nightly"
  schedule_expression = "cron(0 3 * * ? *)"
}

resource "aws_lambda_permission" "from_schedule" {
  statement_id  = "AllowEvents"
  action        = "lambda:InvokeFunction"
  function_name = "nightly"
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.nightly.arn
}

resource "aws_lambda_permission" "from_bucket" {
  statement_id   = "AllowS3"
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnails"
  principal      = "s3.amazonaws.com"
  source_account = "123456789012"
}

resource "aws_lambda_permission" "from_caller" {
  statement_id  = "AllowCaller"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "sns.amazonaws.com"
  source_arn    = var.caller_arn
}

resource "aws_lambda_permission" "other_account" {
  statement_id  = "AllowPartner"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "210987654321"
}

resource "aws_lambda_permission" "from_org_topics" {
  statement_id     = "AllowOrgTopics"
  action           = "lambda:InvokeFunction"
  function_name    = "notifier"
  principal        = "sns.amazonaws.com"
  principal_org_id = "o-a1b2c3d4e5"
}
