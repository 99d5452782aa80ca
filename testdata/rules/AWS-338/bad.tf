# Transfer Family endpoints that leave no trace of who logged in or what moved.

resource "aws_transfer_server" "sftp" { # want AWS-338 "logging_role is not set"
  endpoint_type          = "VPC"
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

variable "log_destinations" {
  type    = list(string)
  default = []
}

resource "aws_transfer_server" "partners" {
  endpoint_type               = "VPC"
  identity_provider_type      = "SERVICE_MANAGED"
  security_policy_name        = "TransferSecurityPolicy-2024-01"
  structured_log_destinations = var.log_destinations
  logging_role                = "" # want AWS-338
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

variable "partners" {
  type = map(string)
  default = {
    acme   = "sftp://sftp.acme.example.com"
    globex = "sftp://files.globex.example.com"
  }
}

resource "aws_transfer_connector" "partner" { # want AWS-338
  for_each    = var.partners
  access_role = "arn:aws:iam::111122223333:role/transfer-connector-access"
  url         = each.value
  sftp_config {
    trusted_host_keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey"]
    user_secret_id    = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:sftp/${each.key}"
  }
}
