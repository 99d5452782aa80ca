variable "api_policy" {
  type = string
}

# A policy that allows everyone from anywhere limits nothing.
resource "aws_api_gateway_rest_api" "public" {
  name = "public"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
    }]
  })
}

resource "aws_api_gateway_method" "public" {
  rest_api_id   = aws_api_gateway_rest_api.public.id
  resource_id   = aws_api_gateway_rest_api.public.root_resource_id
  http_method   = "GET"
  authorization = "NONE" # want AWS-207
}

# The deny covers one path only: every other method stays open.
resource "aws_api_gateway_rest_api" "admin_only" {
  name = "admin-only"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "execute-api:Invoke"
        Resource  = "execute-api:/*"
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "execute-api:Invoke"
        Resource  = "execute-api:/*/POST/admin"
        Condition = { NotIpAddress = { "aws:SourceIp" = "192.0.2.0/24" } }
      },
    ]
  })
}

resource "aws_api_gateway_method" "admin_only" {
  rest_api_id   = aws_api_gateway_rest_api.admin_only.id
  resource_id   = aws_api_gateway_rest_api.admin_only.root_resource_id
  http_method   = "GET"
  authorization = "NONE" # want AWS-207
}

# Denying everyone outside 0.0.0.0/0 denies no one.
resource "aws_api_gateway_rest_api" "world" {
  name = "world"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "execute-api:Invoke"
        Resource  = "execute-api:/*"
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "execute-api:Invoke"
        Resource  = "execute-api:/*"
        Condition = { NotIpAddress = { "aws:SourceIp" = ["0.0.0.0/0"] } }
      },
    ]
  })
}

resource "aws_api_gateway_method" "world" {
  rest_api_id   = aws_api_gateway_rest_api.world.id
  resource_id   = aws_api_gateway_rest_api.world.root_resource_id
  http_method   = "GET"
  authorization = "NONE" # want AWS-207
}

# A policy this linter cannot read is not taken to limit the callers.
resource "aws_api_gateway_rest_api" "from_input" {
  name = "from-input"
}

resource "aws_api_gateway_rest_api_policy" "from_input" {
  rest_api_id = aws_api_gateway_rest_api.from_input.id
  policy      = var.api_policy # want-note AWS-114 "var.api_policy"
}

resource "aws_api_gateway_method" "from_input" {
  rest_api_id   = aws_api_gateway_rest_api.from_input.id
  resource_id   = aws_api_gateway_rest_api.from_input.root_resource_id
  http_method   = "GET"
  authorization = "NONE" # want AWS-207
}
