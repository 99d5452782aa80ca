# Methods without authorization behind a REST API resource policy that
# admits only fixed networks or named accounts: API Gateway denies every
# request the policy does not explicitly allow.

data "aws_caller_identity" "current" {}

# Allow-list by source address, in a separate policy resource.
resource "aws_api_gateway_rest_api" "office" {
  name = "office"
}

resource "aws_api_gateway_rest_api_policy" "office" {
  rest_api_id = aws_api_gateway_rest_api.office.id
  policy      = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"AWS": "*"},
        "Action": "execute-api:Invoke",
        "Resource": "${aws_api_gateway_rest_api.office.execution_arn}/*",
        "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}}
      }]
    }
  EOF
}

resource "aws_api_gateway_method" "office" {
  rest_api_id   = aws_api_gateway_rest_api.office.id
  resource_id   = aws_api_gateway_rest_api.office.root_resource_id
  http_method   = "GET"
  authorization = "NONE"
}

# The API Gateway example: allow everyone, deny everyone outside the
# listed addresses.
resource "aws_api_gateway_rest_api" "partners" {
  name = "partners"
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
        Resource  = "execute-api:/*/*/*"
        Condition = { NotIpAddress = { "aws:SourceIp" = ["198.51.100.7/32", "192.0.2.0/24"] } }
      },
    ]
  })
}

resource "aws_api_gateway_method" "partners" {
  rest_api_id   = aws_api_gateway_rest_api.partners.id
  resource_id   = aws_api_gateway_rest_api.partners.root_resource_id
  http_method   = "POST"
  authorization = "NONE"
}

# Only requests through one VPC endpoint, from a policy document.
resource "aws_vpc_endpoint" "api" {
  vpc_id            = "vpc-0123456789abcdef0"
  service_name      = "com.amazonaws.eu-west-1.execute-api"
  vpc_endpoint_type = "Interface"
}

data "aws_iam_policy_document" "through_endpoint" {
  statement {
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["execute-api:Invoke"]
    resources = ["${aws_api_gateway_rest_api.internal_regional.execution_arn}/*"]
  }
  statement {
    effect = "Deny"
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions   = ["execute-api:Invoke"]
    resources = ["${aws_api_gateway_rest_api.internal_regional.execution_arn}/*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:SourceVpce"
      values   = [aws_vpc_endpoint.api.id]
    }
  }
}

resource "aws_api_gateway_rest_api" "internal_regional" {
  name = "internal-regional"
}

resource "aws_api_gateway_rest_api_policy" "internal_regional" {
  rest_api_id = aws_api_gateway_rest_api.internal_regional.id
  policy      = data.aws_iam_policy_document.through_endpoint.json
}

resource "aws_api_gateway_method" "internal_regional" {
  rest_api_id   = aws_api_gateway_rest_api.internal_regional.id
  resource_id   = aws_api_gateway_rest_api.internal_regional.root_resource_id
  http_method   = "GET"
  authorization = "NONE"
}

# Only this account may invoke: anonymous callers are never allowed.
resource "aws_api_gateway_rest_api" "own" {
  name = "own"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
    }]
  })
}

resource "aws_api_gateway_method" "own" {
  rest_api_id   = aws_api_gateway_rest_api.own.id
  resource_id   = aws_api_gateway_rest_api.own.root_resource_id
  http_method   = "GET"
  authorization = "NONE"
}
