variable "multi_region" {
  type = bool
}

resource "aws_cloudtrail" "main" { # want AWS-191 # want AWS-216
  name                          = "main"
  s3_bucket_name                = "acme-external-trail-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_cloudtrail" "org_good" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "org-good"
  s3_bucket_name             = "acme-external-trail-logs"
  is_organization_trail      = true
  is_multi_region_trail      = true
  enable_log_file_validation = true
  enable_logging             = true
}

# A trail whose region coverage is an input: the multi-region trails
# beside it answer for the account, so it is not judged.
resource "aws_cloudtrail" "from_var" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "from-var"
  s3_bucket_name             = "acme-external-trail-logs"
  is_multi_region_trail      = var.multi_region
  enable_log_file_validation = true
}
