variable "log_bucket_domain" {
  type    = string
  default = "acme-cdn-logs.s3.amazonaws.com"
}

variable "delivery_arn" {
  type = string
}

resource "aws_cloudfront_distribution" "legacy_logging" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0123"

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
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/0123"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }

  logging_config {
    bucket          = var.log_bucket_domain
    include_cookies = false
    prefix          = "site/"
  }
}

# Standard logging v2: a CloudWatch Logs delivery source for the distribution.
resource "aws_cloudfront_distribution" "v2_logging" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0123"

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
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/0123"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudwatch_log_delivery_source" "cdn" {
  name         = "cdn"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.v2_logging.arn
}

resource "aws_cloudwatch_log_delivery_destination" "cdn" {
  name = "cdn-access-logs"

  delivery_destination_configuration {
    destination_resource_arn = "arn:aws:logs:us-east-1:111122223333:log-group:/cdn/access:*"
  }
}

resource "aws_cloudwatch_log_delivery" "cdn" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.cdn.name
  delivery_destination_arn = aws_cloudwatch_log_delivery_destination.cdn.arn
}

