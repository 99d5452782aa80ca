variable "rotate_keys" {
  type    = bool
  default = false
}

resource "aws_kms_key" "default_off" { # want AWS-042
  description = "no rotation"
}

resource "aws_kms_key" "explicit_off" {
  description              = "explicit"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  key_usage                = "ENCRYPT_DECRYPT"
  enable_key_rotation      = false # want AWS-042
}

resource "aws_kms_key" "via_variable" {
  description         = "via variable"
  enable_key_rotation = var.rotate_keys # want AWS-042
}

# A multi-Region primary key can rotate; its replicas follow it.
resource "aws_kms_key" "multi_region" { # want AWS-042
  description  = "multi-Region primary"
  multi_region = true
}
