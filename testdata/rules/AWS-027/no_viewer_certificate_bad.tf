# No viewer_certificate block: CloudFront serves its default *.cloudfront.net
# certificate, with the TLSv1 security policy.
resource "aws_cloudfront_distribution" "bare" { # want AWS-027 "default .*cloudfront.net certificate" # want AWS-181
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
}
