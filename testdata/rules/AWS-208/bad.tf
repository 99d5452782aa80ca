resource "aws_lambda_function" "worker" { # want AWS-208
  function_name = "worker"
  role          = "arn:aws:iam::111122223333:role/worker"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "worker.zip"

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
