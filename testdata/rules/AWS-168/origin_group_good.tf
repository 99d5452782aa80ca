variable "origins" {
  type = map(string)
  default = {
    primary = "primary.example.com"
    standby = "standby.example.com"
  }
}

# Viewers are redirected to HTTPS, so match-viewer reaches both members of
# the group over HTTPS.
resource "aws_cloudfront_distribution" "failover" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0123"

  dynamic "origin" {
    for_each = var.origins
    content {
      domain_name = origin.value
      origin_id   = origin.key
      custom_origin_config {
        http_port              = 80
        https_port             = 443
        origin_protocol_policy = "match-viewer"
        origin_ssl_protocols   = ["TLSv1.2"]
      }
    }
  }

  origin_group {
    origin_id = "app"
    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    dynamic "member" {
      for_each = keys(var.origins)
      content {
        origin_id = member.value
      }
    }
  }

  default_cache_behavior {
    target_origin_id       = "app"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
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
