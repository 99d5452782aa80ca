variable "policy" {
  type = string
}

resource "aws_lb_listener" "ok_modern" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

resource "aws_lb_listener" "fs12" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123"
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

# Not known statically: not reported, an undecided note.
resource "aws_lb_listener" "variable" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/0123"
  port              = 9443
  protocol          = "HTTPS"
  ssl_policy        = var.policy # want-note AWS-027
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123"
  }
}

resource "aws_cloudfront_distribution" "ok_site" { # want AWS-181
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
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_api_gateway_domain_name" "ok_api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

variable "ws_security_policy" {
  type = string
}

resource "aws_apigatewayv2_domain_name" "http" {
  domain_name = "http.example.com"
  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_apigatewayv2_domain_name" "ws" {
  domain_name = "ws.example.com"
  domain_name_configuration {
    certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"
    endpoint_type   = "REGIONAL"
    security_policy = var.ws_security_policy # want-note AWS-027
  }
}

resource "aws_load_balancer_policy" "modern" {
  load_balancer_name = "legacy"
  policy_name        = "modern"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_policy" "explicit" {
  load_balancer_name = "legacy"
  policy_name        = "explicit"
  policy_type_name   = "SSLNegotiationPolicyType"

  dynamic "policy_attribute" {
    for_each = { "Protocol-TLSv1.2" = "true", "Protocol-TLSv1" = "false", "Server-Defined-Cipher-Order" = "true" }
    content {
      name  = policy_attribute.key
      value = policy_attribute.value
    }
  }
}

resource "aws_elb" "tls12" {
  name     = "tls12"
  internal = true
  subnets  = ["subnet-0abc1234"]

  access_logs {
    bucket  = "example-elb-logs"
    enabled = true
  }

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0123"
  }

  listener {
    lb_port           = 80
    lb_protocol       = "http" # want AWS-416
    instance_port     = 8080
    instance_protocol = "http"
  }
}

resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.tls12.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "tls12_443" {
  load_balancer_name = aws_elb.tls12.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}
