resource "aws_cloudfront_distribution" "site" {
  # ...
  logging_config {
    bucket          = aws_s3_bucket.cdn_logs.bucket_domain_name
    include_cookies = false
    prefix          = "site/"
  }
}
