resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_cloudwatch_log_group" "chat_access" {
  name              = "/apigateway/chat"
  retention_in_days = 365
}

# Access logs only: the execution log level stays OFF.
resource "aws_apigatewayv2_stage" "prod" { # want AWS-334 "default_route_settings.logging_level is not set"
  api_id = aws_apigatewayv2_api.chat.id
  name   = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.chat_access.arn
    format          = jsonencode({ requestId = "$context.requestId", eventType = "$context.eventType", status = "$context.status" })
  }
}

resource "aws_apigatewayv2_stage" "dev" {
  api_id = aws_apigatewayv2_api.chat.id
  name   = "dev"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.chat_access.arn
    format          = jsonencode({ requestId = "$context.requestId" })
  }

  default_route_settings {
    logging_level          = "OFF" # want AWS-334
    throttling_burst_limit = 100
    throttling_rate_limit  = 50
  }
}
