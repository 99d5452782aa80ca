variable "logging" {
  type = bool
}

# enable_logging defaults to true.
resource "aws_cloudtrail" "default_on" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "audit"
  s3_bucket_name             = "acme-org-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "input" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "input"
  s3_bucket_name             = "acme-org-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  enable_logging             = var.logging # want-note AWS-223
}
