# Transfer Family endpoints that log to CloudWatch Logs.

variable "transfer_log_group_arn" {
  type    = string
  default = "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/transfer/structured"
}

variable "logging_role_arn" {
  type    = string
  default = "arn:aws:iam::111122223333:role/transfer-logging"
}

resource "aws_transfer_server" "structured" {
  endpoint_type               = "VPC"
  identity_provider_type      = "SERVICE_MANAGED"
  security_policy_name        = "TransferSecurityPolicy-2024-01"
  structured_log_destinations = ["${var.transfer_log_group_arn}:*"]
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

# The legacy per-server log group, written through the logging role.
resource "aws_transfer_server" "legacy" {
  endpoint_type          = "VPC"
  identity_provider_type = "SERVICE_MANAGED"
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  logging_role           = var.logging_role_arn
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_transfer_connector" "as2" {
  access_role  = "arn:aws:iam::111122223333:role/transfer-connector-access"
  logging_role = var.logging_role_arn
  url          = "https://as2.partner.example.com"
  as2_config {
    compression           = "ZLIB"
    encryption_algorithm  = "AES256_CBC"
    local_profile_id      = "p-1234567890abcdef0"
    partner_profile_id    = "p-0987654321fedcba0"
    mdn_response          = "SYNC"
    mdn_signing_algorithm = "SHA256"
    signing_algorithm     = "SHA256"
  }
}
