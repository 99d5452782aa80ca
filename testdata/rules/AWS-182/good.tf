variable "access_log_arn" {
  type = string
}

resource "aws_cloudwatch_log_group" "api_access" {
  name              = "/aws/apigateway/internal"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
}

resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

# The deployment names no stage: the stage resource below, which logs,
# publishes it.
resource "aws_api_gateway_deployment" "release" {
  rest_api_id = aws_api_gateway_rest_api.internal.id

  triggers = {
    redeployment = sha1(jsonencode(aws_api_gateway_rest_api.internal.body))
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_api_gateway_stage" "prod" { # want AWS-334
  rest_api_id   = aws_api_gateway_rest_api.internal.id
  deployment_id = aws_api_gateway_deployment.release.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format = jsonencode({
      requestId = "$context.requestId"
      ip        = "$context.identity.sourceIp"
      status    = "$context.status"
    })
  }
}

resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "stages" {
  for_each    = toset(["$default", "canary"])
  api_id      = aws_apigatewayv2_api.http.id
  name        = each.key
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = "$context.requestId $context.status"
  }
}

# The destination comes from outside the module: it is set, so logging is on.
resource "aws_apigatewayv2_stage" "from_variable" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "v2"

  access_log_settings {
    destination_arn = var.access_log_arn
    format          = "$context.requestId"
  }
}
