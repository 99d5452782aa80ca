resource "aws_iam_role" "appsync_logs" {
  name = "appsync-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "appsync.amazonaws.com" }
    }]
  })
}

variable "user_pool_id" {
  type    = string
  default = "eu-west-1_Ab12Cd34E"
}

variable "auth_mode" {
  type    = string
  default = "AWS_IAM"
}

resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = var.auth_mode
  visibility          = "PRIVATE"
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ERROR"
  }

  additional_authentication_provider {
    authentication_type = "AMAZON_COGNITO_USER_POOLS"
    user_pool_config {
      user_pool_id = var.user_pool_id
    }
  }

  additional_authentication_provider {
    authentication_type = "AWS_LAMBDA"
    lambda_authorizer_config {
      authorizer_uri = "arn:aws:lambda:eu-west-1:111122223333:function:appsync-authorizer"
    }
  }
}

resource "aws_appsync_graphql_api" "partners" {
  name                = "partners"
  authentication_type = "OPENID_CONNECT"
  visibility          = "PRIVATE"
  openid_connect_config {
    issuer = "https://login.example.com"
  }
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ALL"
  }
}
