# The trail delivers to a bucket outside the scanned code: only the trail
# settings are judged here.
resource "aws_cloudtrail" "regional" { # want AWS-015 AWS-221 AWS-149 AWS-191 # want AWS-216
  name           = "regional"
  s3_bucket_name = "acme-external-trail-logs"
}

resource "aws_cloudtrail" "off" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "off"
  s3_bucket_name             = "acme-external-trail-logs"
  is_multi_region_trail      = false   # want AWS-015
  enable_log_file_validation = "false" # want AWS-221
  enable_logging             = false   # want AWS-223
}

# An organization trail is still a trail: it must cover every region.
resource "aws_cloudtrail" "org" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "org"
  s3_bucket_name             = "acme-external-trail-logs"
  is_organization_trail      = true
  is_multi_region_trail      = false # want AWS-015
  enable_log_file_validation = true
}

# A multi-region trail that does not log records nothing: the
# single-region trails beside it are still reported.
resource "aws_cloudtrail" "stopped_multi" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "stopped-multi"
  s3_bucket_name             = "acme-external-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  enable_logging             = false # want AWS-223
}
