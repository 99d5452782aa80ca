resource "aws_lambda_function_url" "public" {
  function_name      = "webhook"
  authorization_type = "NONE" # want AWS-107
}
