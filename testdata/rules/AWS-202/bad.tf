# No endpoint_type: the server gets a PUBLIC endpoint.
resource "aws_transfer_server" "partners" { # want AWS-202 "endpoint_type is not set, and the default is PUBLIC" # want AWS-338
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  protocols              = ["SFTP"]
  identity_provider_type = "SERVICE_MANAGED"
}

resource "aws_transfer_server" "explicit" { # want AWS-338
  security_policy_name = "TransferSecurityPolicy-2024-01"
  endpoint_type        = "PUBLIC" # want AWS-202
  protocols            = ["SFTP"]
}
