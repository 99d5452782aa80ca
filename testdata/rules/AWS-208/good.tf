variable "functions" {
  type = map(object({ handler = string, env = map(string) }))
  default = {
    api    = { handler = "api.handler", env = { TABLE_NAME = "orders" } }
    report = { handler = "report.handler", env = { BUCKET = "acme-reports" } }
  }
}

resource "aws_kms_key" "lambda" {
  description         = "Lambda environment variables"
  enable_key_rotation = true
}

resource "aws_lambda_function" "this" {
  for_each      = var.functions
  function_name = each.key
  role          = "arn:aws:iam::111122223333:role/lambda"
  handler       = each.value.handler
  runtime       = "python3.12"
  filename      = "${each.key}.zip"
  kms_key_arn   = aws_kms_key.lambda.arn

  environment {
    variables = each.value.env
  }
}

# No environment variables: nothing to encrypt.
resource "aws_lambda_function" "ping" {
  function_name = "ping"
  role          = "arn:aws:iam::111122223333:role/lambda"
  handler       = "ping.handler"
  runtime       = "python3.12"
  filename      = "ping.zip"
}
