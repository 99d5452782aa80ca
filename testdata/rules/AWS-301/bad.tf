# A distribution in front of a legacy application server and an API: the
# origins' protocol lists, written long ago, still allow SSLv3.
variable "reports_protocols" {
  type    = list(string)
  default = ["TLSv1", "TLSv1.1"]
}

locals {
  legacy_protocols = ["TLSv1.2", "TLSv1.1", "TLSv1", "SSLv3"]
}

resource "aws_cloudfront_distribution" "legacy" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0123"

  logging_config {
    bucket = "acme-cdn-logs.s3.amazonaws.com"
  }

  origin {
    domain_name = "legacy.example.com"
    origin_id   = "legacy"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = local.legacy_protocols # want AWS-301 "SSLv3"
    }
  }

  # A reporting server that once spoke nothing newer than TLS 1.1.
  origin {
    domain_name = "reports.example.com"
    origin_id   = "reports"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = var.reports_protocols # want AWS-301 "no TLSv1.2"
    }
  }

  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["SSLv3", "TLSv1.2"] # want AWS-301
    }
  }

  default_cache_behavior {
    target_origin_id       = "legacy"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "api"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/0123"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
