# A disabled distribution is judged like any other: its settings take effect
# the moment it is enabled again, and the change that enables it rarely
# touches them.
resource "aws_cloudfront_distribution" "retired" { # want AWS-011 AWS-181
  enabled = false
  origin {
    domain_name = "acme-site.s3.eu-west-1.amazonaws.com" # want AWS-350
    origin_id   = "site"
  }
  default_cache_behavior {
    target_origin_id       = "site"
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
