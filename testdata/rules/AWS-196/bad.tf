resource "aws_appsync_graphql_api" "orders" { # want AWS-196 "log_config.cloudwatch_logs_role_arn is not set"
  name                = "orders"
  authentication_type = "AWS_IAM"
  visibility          = "PRIVATE"
}
