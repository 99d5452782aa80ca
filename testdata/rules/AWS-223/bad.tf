resource "aws_cloudtrail" "paused" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "paused"
  s3_bucket_name             = "acme-org-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  enable_logging             = false # want AWS-223
}
