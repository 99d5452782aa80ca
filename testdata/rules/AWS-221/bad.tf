# Trails whose log files carry no digest: alterations cannot be proven.
resource "aws_cloudtrail" "default_off" { # want AWS-221 AWS-149 AWS-191 # want AWS-216
  name                  = "audit"
  s3_bucket_name        = "acme-org-trail-logs"
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "turned_off" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "audit-eu"
  s3_bucket_name             = "acme-org-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = false # want AWS-221
}
