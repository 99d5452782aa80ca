resource "aws_lb" "public" { # want AWS-011 AWS-180
  name               = "public"
  load_balancer_type = "application"
  subnets            = ["subnet-0a", "subnet-0b"]
}

# internal defaults to false and load_balancer_type to "application".
resource "aws_alb" "implicit" { # want AWS-011 AWS-180
  name     = "implicit"
  internal = false
  subnets  = ["subnet-0a", "subnet-0b"]
}

# A web ACL associated with another load balancer does not protect this one.
resource "aws_lb" "neighbour" { # want AWS-011 AWS-180
  name    = "neighbour"
  subnets = ["subnet-0a", "subnet-0b"]
}

resource "aws_wafv2_web_acl_association" "elsewhere" {
  resource_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/other/0123456789abcdef"
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/app/0123"
}

resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_stage" "prod" { # want AWS-011 AWS-182 # want AWS-334
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

resource "aws_cloudfront_distribution" "site" { # want AWS-011 AWS-181
  enabled = true
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

resource "aws_cloudfront_distribution" "empty_acl" { # want AWS-181
  enabled    = true
  web_acl_id = "" # want AWS-011
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
