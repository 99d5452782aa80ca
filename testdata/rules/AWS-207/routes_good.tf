variable "issuer" {
  type    = string
  default = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_example"
}

resource "aws_apigatewayv2_api" "http" {
  name          = "orders-http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  api_id           = aws_apigatewayv2_api.http.id
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]
  name             = "jwt"
  jwt_configuration {
    audience = ["orders"]
    issuer   = var.issuer
  }
}

resource "aws_apigatewayv2_route" "orders" {
  for_each           = toset(["GET /orders", "POST /orders"])
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = each.key
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.jwt.id
}

resource "aws_apigatewayv2_route" "preflight" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "OPTIONS /orders"
}

resource "aws_apigatewayv2_api" "chat" {
  name                       = "chat"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_route" "connect" {
  api_id             = aws_apigatewayv2_api.chat.id
  route_key          = "$connect"
  authorization_type = "AWS_IAM"
}

# Only $connect of a WebSocket API takes an authorizer.
resource "aws_apigatewayv2_route" "messages" {
  for_each  = toset(["$default", "$disconnect", "sendmessage"])
  api_id    = aws_apigatewayv2_api.chat.id
  route_key = each.key
}
