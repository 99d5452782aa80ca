resource "aws_appsync_graphql_api" "orders" { # want AWS-196 AWS-118
  name                = "orders"
  authentication_type = "AMAZON_COGNITO_USER_POOLS"
  user_pool_config {
    user_pool_id   = aws_cognito_user_pool.customers.id
    default_action = "ALLOW"
  }
}

resource "aws_cognito_user_pool" "customers" { # want AWS-118
  name = "customers"
}
