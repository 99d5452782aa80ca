variable "internal" {
  type = bool
}

variable "edge_acl_arn" {
  type    = string
  default = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0123"
}

resource "aws_lb" "internal" { # want AWS-180
  name     = "internal"
  internal = true
  subnets  = ["subnet-0a", "subnet-0b"]
}

resource "aws_lb" "nlb" {
  name               = "nlb"
  load_balancer_type = "network"
  subnets            = ["subnet-0a", "subnet-0b"]
}

# Not known statically: not reported.
resource "aws_lb" "maybe_internal" { # want AWS-180
  name     = "maybe"
  internal = var.internal
  subnets  = ["subnet-0a", "subnet-0b"]
}

resource "aws_lb" "protected" { # want AWS-180
  name    = "protected"
  subnets = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafv2_web_acl_association" "protected" {
  resource_arn = aws_lb.protected.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/0123"
}

resource "aws_alb" "classic_waf" { # want AWS-180
  name    = "classic"
  subnets = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafregional_web_acl_association" "classic_waf" {
  resource_arn = aws_alb.classic_waf.arn
  web_acl_id   = "0123-abcd"
}

# A load balancer in a module, protected through the module's output.
module "alb" {
  source = "./modules/alb"
}

resource "aws_wafv2_web_acl_association" "module_alb" {
  resource_arn = module.alb.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/0123"
}

resource "aws_api_gateway_rest_api" "public" {
  name = "public"
}

resource "aws_api_gateway_stage" "protected" { # want AWS-182 AWS-334
  rest_api_id   = aws_api_gateway_rest_api.public.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_wafv2_web_acl_association" "stage" {
  resource_arn = aws_api_gateway_stage.protected.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/0123"
}

# A PRIVATE API is reachable only from inside VPCs.
resource "aws_api_gateway_rest_api" "private" {
  name = "private"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_stage" "private" { # want AWS-182 AWS-334
  rest_api_id   = aws_api_gateway_rest_api.private.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_cloudfront_distribution" "protected" { # want AWS-181
  enabled    = true
  web_acl_id = var.edge_acl_arn
  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/0123"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

