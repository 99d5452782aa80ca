resource "aws_lambda_permission" "from_bucket" { # want AWS-213 "source_arn is not set"
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
