resource "aws_lambda_function" "worker" {
  function_name = "worker"
  # ... role, handler, runtime, code ...
  kms_key_arn = aws_kms_key.lambda_env.arn

  environment {
    variables = { TABLE_NAME = "orders" }
  }
}
