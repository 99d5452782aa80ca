# S3 origins reached with an origin access control or identity, and origins
# that are not S3 REST endpoints.

resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_origin_access_identity" "legacy" {
  comment = "legacy assets"
}

module "assets" {
  source = "./modules/bucket"
}

variable "alb_dns_name" {
  type = string
}

resource "aws_cloudfront_distribution" "private_site" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0123"

  logging_config {
    bucket = "acme-cdn-logs.s3.amazonaws.com"
  }

  # Origin access control (the current form; no s3_origin_config needed).
  origin {
    domain_name              = "acme-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "site"
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
  }

  # The legacy origin access identity, its domain from a module.
  origin {
    domain_name = module.assets.bucket_regional_domain_name
    origin_id   = "assets"
    s3_origin_config {
      origin_access_identity = aws_cloudfront_origin_access_identity.legacy.cloudfront_access_identity_path
    }
  }

  # A website endpoint is an HTTP server, reached as a custom origin (not this
  # rule's: the bucket is a public website by design; AWS-168 reports the HTTP leg).
  origin {
    domain_name = "acme-docs.s3-website-eu-west-1.amazonaws.com"
    origin_id   = "docs"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only" # want AWS-168
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  # A load balancer whose name is an input: a custom origin.
  origin {
    domain_name = var.alb_dns_name
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "site"
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

