# S3 origins CloudFront reads anonymously: the buckets must be public.

variable "assets_bucket" {
  type    = string
  default = "acme-assets"
}

resource "aws_s3_bucket" "site" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "acme-site"
}

locals {
  behavior = {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
}

resource "aws_cloudfront_distribution" "site" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0123"

  logging_config {
    bucket = "acme-cdn-logs.s3.amazonaws.com"
  }

  # The bucket's regional domain name, no access control and no identity.
  origin {
    domain_name = aws_s3_bucket.site.bucket_regional_domain_name # want AWS-350 "origin \"site\" reads the S3 bucket with no origin_access_control_id"
    origin_id   = "site"
  }

  # A literal REST endpoint with an S3 origin configuration whose identity is empty.
  origin {
    domain_name = "acme-media.s3.eu-west-1.amazonaws.com" # want AWS-350 "acme-media.s3.eu-west-1.amazonaws.com"
    origin_id   = "media"
    s3_origin_config {
      origin_access_identity = ""
    }
  }

  # A name built from a variable: its known end is an S3 REST endpoint.
  origin {
    domain_name = "${var.assets_bucket}.s3.amazonaws.com" # want AWS-350 "origin \"assets\""
    origin_id   = "assets"
  }

  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = local.behavior.allowed_methods
    cached_methods         = local.behavior.cached_methods
    viewer_protocol_policy = local.behavior.viewer_protocol_policy
    cache_policy_id        = local.behavior.cache_policy_id
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

# The legacy dash form of a regional endpoint, in an origin of a dynamic block.
variable "origins" {
  type = map(string)
  default = {
    reports = "acme-reports.s3-us-west-2.amazonaws.com"
  }
}

resource "aws_cloudfront_distribution" "reports" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/0123"

  logging_config {
    bucket = "acme-cdn-logs.s3.amazonaws.com"
  }

  dynamic "origin" {
    for_each = var.origins
    content {
      domain_name = origin.value # want AWS-350 "acme-reports.s3-us-west-2.amazonaws.com"
      origin_id   = origin.key
    }
  }

  default_cache_behavior {
    target_origin_id       = "reports"
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
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/0123"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
