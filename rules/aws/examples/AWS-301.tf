resource "aws_cloudfront_distribution" "app" {
  enabled = true
  origin {
    origin_id   = "app-alb"
    domain_name = "origin.app.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  # ...
}
