# The behavior routes to an origin group: its failover member gets the
# viewers' plain HTTP requests through match-viewer.
resource "aws_cloudfront_distribution" "failover" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0123"

  origin {
    domain_name = "primary.example.com"
    origin_id   = "primary"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  origin {
    domain_name = "standby.example.com"
    origin_id   = "standby"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "match-viewer" # want AWS-168 "match-viewer"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  origin_group {
    origin_id = "app"
    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "standby"
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "allow-all" # want AWS-028
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  logging_config {
    bucket = "acme-cdn-logs.s3.amazonaws.com"
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
