resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = "webhook"
  principal     = "*" # want AWS-113
}

variable "invoker" {
  type    = string
  default = "arn:aws:iam::*:root"
}

# Every account's root (a wildcard where the account ID goes).
resource "aws_lambda_permission" "any_account" {
  statement_id  = "AllowAnyAccount"
  action        = "lambda:InvokeFunction"
  function_name = "webhook"
  principal     = var.invoker # want AWS-113
}

resource "aws_lambda_permission" "partners" {
  for_each = {
    known = "111122223333"
    any   = "AWS:*"
  }
  statement_id  = "Allow-${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = "webhook"
  principal     = each.value # want AWS-113
}

# Any bucket of any account may trigger it: an S3 ARN carries no account,
# and a bucket name that starts with a wildcard matches every bucket.
resource "aws_lambda_permission" "any_bucket" {
  statement_id  = "AllowAnyBucket"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnail"
  principal     = "*" # want AWS-113
  source_arn    = "arn:aws:s3:::*"
}
