variable "url_auth" {
  type = string
}

resource "aws_lambda_function_url" "iam" {
  function_name      = "webhook"
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_function_url" "unknown" {
  function_name      = "other"
  authorization_type = var.url_auth # want-note AWS-107
}
