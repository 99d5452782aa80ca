# include_global_service_events defaults to true.
resource "aws_cloudtrail" "org" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "org"
  s3_bucket_name             = "acme-audit-logs"
  is_multi_region_trail      = true
  is_organization_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "explicit" { # want AWS-149 AWS-191 # want AWS-216
  name                          = "explicit"
  s3_bucket_name                = "acme-audit-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
}
