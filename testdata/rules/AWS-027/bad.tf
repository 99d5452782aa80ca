resource "aws_lb_listener" "legacy_default" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08" # want AWS-027
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# TLS 1.3 capable, but still accepts TLS 1.0.
resource "aws_lb_listener" "tls13_1_0" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/db/0123"
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-0-2021-06" # want AWS-027
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/db/0123"
  }
}

resource "aws_alb_listener" "tls11" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123"
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-1-2017-01" # want AWS-027
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# An NLB TLS listener without ssl_policy: the API default is ELBSecurityPolicy-2016-08.
resource "aws_lb_listener" "db_tls" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/db/0123"
  port              = 5432
  protocol          = "TLS" # want AWS-027 "no ssl_policy"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/db/0123"
  }
}

resource "aws_cloudfront_distribution" "site" { # want AWS-181
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0123"

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
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
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
    minimum_protocol_version = "TLSv1_2016" # want AWS-027
  }
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"
  security_policy          = "TLS_1_0" # want AWS-027

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# A custom certificate without minimum_protocol_version: the provider sends TLSv1.
resource "aws_cloudfront_distribution" "custom_cert_default_min" { # want AWS-011 AWS-181
  enabled = true

  origin {
    domain_name = "origin.example.com"
    origin_id   = "origin"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "origin"
    viewer_protocol_policy = "redirect-to-https"
    forwarded_values {
      query_string = false
      cookies {
        forward = "none"
      }
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate { # want AWS-027 "the default is TLSv1"
    acm_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/abcd"
    ssl_support_method  = "sni-only"
  }
}

resource "aws_apigatewayv2_domain_name" "ws" {
  domain_name = "ws.example.com"
  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_0" # want AWS-027 "TLS_1_0"
  }
}

# The default *.cloudfront.net certificate: CloudFront uses TLSv1 whatever
# minimum_protocol_version says.
resource "aws_cloudfront_distribution" "default_cert" { # want AWS-181
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0123"

  origin {
    domain_name = "origin.example.com"
    origin_id   = "origin"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "origin"
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true # want AWS-027 "default .*cloudfront.net certificate"
    minimum_protocol_version       = "TLSv1.2_2021"
  }
}

resource "aws_load_balancer_policy" "legacy_tls" {
  load_balancer_name = "legacy"
  policy_name        = "legacy-tls"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "true" # want AWS-027 "Protocol-TLSv1"
  }
  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
  policy_attribute {
    name  = "DES-CBC3-SHA"
    value = "true" # want AWS-027 "weak cipher DES-CBC3-SHA"
  }
}

resource "aws_load_balancer_policy" "predefined" {
  load_balancer_name = "legacy"
  policy_name        = "predefined"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08" # want AWS-027
  }
}

# No listener policy names port 443: the listener gets the default
# security policy, ELBSecurityPolicy-2016-08.
resource "aws_elb" "default_policy" {
  name     = "default-policy"
  internal = true
  subnets  = ["subnet-0abc1234"]

  access_logs {
    bucket  = "example-elb-logs"
    enabled = true
  }

  listener {
    lb_port            = 443
    lb_protocol        = "https" # want AWS-027 "port 443 with no SSL negotiation policy"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"
  }
}
