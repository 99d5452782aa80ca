# Stage variables are readable by anyone who may read the API's
# configuration: not a place for credentials.
resource "aws_api_gateway_stage" "prod" { # want AWS-011 AWS-334
  rest_api_id          = "a1b2c3d4e5"
  deployment_id        = "abc123"
  stage_name           = "prod"
  xray_tracing_enabled = true

  variables = {
    backendUrl    = "https://orders.internal.example.com"
    backendApiKey = "f3a9c27d81b64e0c9d5a7e2b4c6f8a10" # want AWS-209 "variables.backendApiKey holds"
  }

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/apigw/prod"
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}

resource "aws_apigatewayv2_stage" "live" {
  api_id      = "a1b2c3d4e5"
  name        = "live"
  auto_deploy = true

  stage_variables = {
    dbPassword = "Tr0ub4dor-and-3" # want AWS-209 "stage_variables.dbPassword holds"
  }

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:/apigw/live"
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}
