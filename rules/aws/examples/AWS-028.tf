resource "aws_cloudfront_distribution" "site" {
  # ...
  default_cache_behavior {
    # ...
    viewer_protocol_policy = "redirect-to-https"
  }
}
