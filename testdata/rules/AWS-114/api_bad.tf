variable "vpc_endpoint_id" {
  type = string
}

# A private API whose policy admits any principal from anywhere: any VPC
# endpoint of any account reaches it.
resource "aws_api_gateway_rest_api" "internal" {
  name = "internal"
  endpoint_configuration {
    types            = ["PRIVATE"]
    vpc_endpoint_ids = [var.vpc_endpoint_id]
  }
  policy = jsonencode({ # want AWS-114 "the API is PRIVATE"
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "execute-api:Invoke"
      Resource  = "execute-api:/*"
    }]
  })
}

# A regional API whose methods authorize with IAM, and a separate policy
# that admits every principal.
resource "aws_api_gateway_rest_api" "billing" {
  name = "billing"
}

resource "aws_api_gateway_resource" "invoices" {
  rest_api_id = aws_api_gateway_rest_api.billing.id
  parent_id   = aws_api_gateway_rest_api.billing.root_resource_id
  path_part   = "invoices"
}

resource "aws_api_gateway_method" "get_invoices" {
  rest_api_id   = aws_api_gateway_rest_api.billing.id
  resource_id   = aws_api_gateway_resource.invoices.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}

data "aws_iam_policy_document" "billing" {
  statement {
    actions   = ["execute-api:*"]
    resources = ["execute-api:/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "billing" {
  rest_api_id = aws_api_gateway_rest_api.billing.id
  policy      = data.aws_iam_policy_document.billing.json # want AWS-114 "aws_api_gateway_method.get_invoices authorizes with AWS_IAM"
}
