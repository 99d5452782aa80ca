resource "aws_lambda_permission" "from_schedule" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.nightly.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.nightly.arn
}
