variable "web_acl_arn" {
  type = string
}

resource "aws_appsync_graphql_api" "orders" { # want AWS-196
  name                = "orders"
  authentication_type = "AWS_IAM"
}

resource "aws_wafv2_web_acl_association" "orders" {
  resource_arn = aws_appsync_graphql_api.orders.arn
  web_acl_arn  = var.web_acl_arn
}

resource "aws_appsync_graphql_api" "internal" { # want AWS-196
  name                = "internal"
  authentication_type = "AWS_IAM"
  visibility          = "PRIVATE"
}

resource "aws_cognito_user_pool" "customers" {
  name = "customers"
}

resource "aws_wafv2_web_acl_association" "customers" {
  resource_arn = aws_cognito_user_pool.customers.arn
  web_acl_arn  = var.web_acl_arn
}
