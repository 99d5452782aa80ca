# Stage variables that name where things are, not secrets.
resource "aws_api_gateway_stage" "prod" { # want AWS-011 AWS-334
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "abc123"
  stage_name           = "prod"
  xray_tracing_enabled = true

  variables = {
    backendUrl      = "https://orders.internal.example.com"
    lambdaAlias     = "live"
    apiKeySecretArn = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/backend-key-AbCdEf"
    tokenTtlSeconds = "3600"
  }

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/apigw/prod"
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}
