variable "vpc_endpoint_id" {
  type = string
}

# A private API that admits only its VPC endpoint.
resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
  endpoint_configuration {
    types            = ["PRIVATE"]
    vpc_endpoint_ids = [var.vpc_endpoint_id]
  }
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
      Condition = { StringEquals = { "aws:SourceVpce" = var.vpc_endpoint_id } }
    }]
  })
}

# The documented "allow, then deny unless" form: an allow for everyone and
# a deny for calls that do not come through the VPC endpoint.
resource "aws_api_gateway_rest_api" "reports" {
  name = "reports"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

data "aws_iam_policy_document" "reports" {
  statement {
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
  statement {
    effect    = "Deny"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "aws:SourceVpce"
      values   = [var.vpc_endpoint_id]
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "reports" {
  rest_api_id = aws_api_gateway_rest_api.reports.id
  policy      = data.aws_iam_policy_document.reports.json
}

# A regional API whose methods use a Cognito authorizer: the policy opens
# nothing an unpoliced regional API would not.
resource "aws_api_gateway_rest_api" "shop" {
  name = "shop"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
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

resource "aws_api_gateway_authorizer" "shop" {
  name          = "cognito"
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  type          = "COGNITO_USER_POOLS"
  provider_arns = ["arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_example"]
}

resource "aws_api_gateway_method" "shop" {
  rest_api_id   = aws_api_gateway_rest_api.shop.id
  resource_id   = aws_api_gateway_rest_api.shop.root_resource_id
  http_method   = "GET"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = aws_api_gateway_authorizer.shop.id
}
