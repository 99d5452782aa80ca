# A disabled distribution is judged like any other: its settings take effect
# the moment it is enabled again, and the change that enables it rarely
# touches them.
resource "aws_cloudfront_distribution" "retired" {
  enabled    = false
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0123"

  logging_config {
    bucket = "acme-cdn-logs.s3.amazonaws.com"
  }

  origin {
    domain_name = "acme-old.s3.amazonaws.com" # want AWS-350
    origin_id   = "old"
  }

  default_cache_behavior {
    target_origin_id       = "old"
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
