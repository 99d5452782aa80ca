variable "regional_trails" {
  type    = set(string)
  default = ["eu-west-1", "us-east-1"]
}

variable "global_events" {
  type = bool
}

# A second trail per region that turns global events off to avoid duplicates,
# while no trail of the module records them.
resource "aws_cloudtrail" "regional" { # want AWS-149 AWS-191 # want AWS-216
  for_each                      = var.regional_trails
  name                          = "audit-${each.key}"
  s3_bucket_name                = "acme-audit-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = false # want AWS-270
}

resource "aws_cloudtrail" "input" { # want AWS-149 AWS-191 # want AWS-216
  name                          = "input"
  s3_bucket_name                = "acme-audit-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  include_global_service_events = var.global_events # want-note AWS-270
}
