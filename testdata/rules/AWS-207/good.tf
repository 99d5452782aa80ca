variable "authorizer_id" {
  type = string
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  parent_id   = aws_api_gateway_rest_api.orders.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "by_verb" {
  for_each      = toset(["GET", "POST", "DELETE"])
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = each.key
  authorization = "CUSTOM"
  authorizer_id = var.authorizer_id
}

resource "aws_api_gateway_method" "iam" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "PUT"
  authorization = "AWS_IAM"
}

# An API key and a usage plan meter the callers.
resource "aws_api_gateway_method" "partner" {
  rest_api_id      = aws_api_gateway_rest_api.orders.id
  resource_id      = aws_api_gateway_resource.orders.id
  http_method      = "PATCH"
  authorization    = "NONE"
  api_key_required = true
}

# CORS preflight.
resource "aws_api_gateway_method" "cors" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "OPTIONS"
  authorization = "NONE"
}

# A private API is reachable only through VPC endpoints.
resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_method" "internal" {
  rest_api_id   = aws_api_gateway_rest_api.internal.id
  resource_id   = aws_api_gateway_rest_api.internal.root_resource_id
  http_method   = "GET"
  authorization = "NONE"
}

# Not a method API Gateway accepts (the deployment fails): not judged.
resource "aws_api_gateway_method" "typo" {
  rest_api_id   = aws_api_gateway_rest_api.orders.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "OPTION"
  authorization = "NONE"
}
