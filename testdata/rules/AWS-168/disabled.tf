# A disabled distribution is judged like any other: its settings take effect
# the moment it is enabled again, and the change that enables it rarely
# touches them.
resource "aws_cloudfront_distribution" "retired" { # want AWS-011 AWS-181
  enabled = false
  origin {
    domain_name = "legacy.example.com"
    origin_id   = "legacy"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only" # want AWS-168
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "legacy"
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
    cloudfront_default_certificate = true # want AWS-027
  }
}
