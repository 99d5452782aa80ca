resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_stage" "prod" { # want AWS-182 "access_log_settings.destination_arn is not set" # want AWS-334
  rest_api_id   = aws_api_gateway_rest_api.internal.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

# The deployment creates its own "staging" stage, which cannot log access.
resource "aws_api_gateway_deployment" "staging" {
  rest_api_id = aws_api_gateway_rest_api.internal.id
  stage_name  = "staging" # want AWS-182 "a deployment cannot set access logging"
}

resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" { # want AWS-182
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true
}

resource "aws_apigatewayv2_stage" "empty_destination" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "v1"

  access_log_settings {
    destination_arn = "" # want AWS-182 "is empty"
    format          = "$context.requestId"
  }
}
