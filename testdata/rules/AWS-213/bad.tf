resource "aws_lambda_permission" "from_bucket" { # want AWS-213 "source_account is not set"
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com"
}

resource "aws_lambda_permission" "from_schedule" { # want AWS-213
  statement_id  = "AllowEvents"
  action        = "lambda:InvokeFunction"
  function_name = "nightly"
  principal     = "events.amazonaws.com"
}

variable "uploads_bucket_arn" {
  type    = string
  default = "arn:aws:s3:::example-uploads"
}

# A bucket ARN names no account: another account could own a bucket of
# that name once this one is deleted.
resource "aws_lambda_permission" "from_uploads" { # want AWS-213 "no source account"
  statement_id  = "AllowUploads"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com"
  source_arn    = var.uploads_bucket_arn
}
