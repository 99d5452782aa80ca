variable "trails" {
  type    = set(string)
  default = ["audit", "security"]
}

variable "validate" {
  type = bool
}

resource "aws_cloudtrail" "each" { # want AWS-149 AWS-191 # want AWS-216
  for_each                   = var.trails
  name                       = each.key
  s3_bucket_name             = "acme-org-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "input" { # want AWS-149 AWS-191 # want AWS-216
  name                       = "input"
  s3_bucket_name             = "acme-org-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = var.validate # want-note AWS-221
}
