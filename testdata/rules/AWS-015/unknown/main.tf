# A module's only trail, whose region coverage is an input without a
# value: whether API activity is recorded in every region is not known.
variable "multi_region" {
  type = bool
}

resource "aws_cloudtrail" "this" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "this"
  s3_bucket_name             = "acme-external-trail-logs"
  is_multi_region_trail      = var.multi_region # want-note AWS-015 "is_multi_region_trail"
  enable_log_file_validation = true
}
