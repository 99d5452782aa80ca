variable "ci_secret" {
  type      = string
  sensitive = true
}

provider "aws" {
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::111122223333:role/terraform"
  }
}

resource "aws_secretsmanager_secret" "api" {  # want AWS-302
  name       = "api"
  kms_key_id = "alias/aws/secretsmanager" # want AWS-165
}

resource "aws_lambda_function" "sync" {
  function_name = "sync"
  role          = "arn:aws:iam::111122223333:role/sync"
  runtime       = "python3.12"
  handler       = "app.handler"
  s3_bucket     = "artifacts-111122223333"
  s3_key        = "sync.zip"
  environment {
    variables = {
      # A commit digest is not a secret; the secret is read at run time.
      BUILD_SHA      = "3f786850e387550fdab836ed7e6dc881de23001b"
      API_SECRET_ARN = aws_secretsmanager_secret.api.arn
      CI_SECRET      = var.ci_secret
    }
  }
}
