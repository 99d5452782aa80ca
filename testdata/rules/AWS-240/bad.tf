resource "aws_transfer_server" "legacy" { # want AWS-338
  endpoint_type          = "VPC"
  identity_provider_type = "API_GATEWAY"
  url                    = "https://idp.example.com/transfer"
  invocation_role        = "arn:aws:iam::111122223333:role/transfer-idp"
  protocols              = ["SFTP", "FTP"] # want AWS-240 "protocols holds FTP"
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

variable "protocols" {
  type    = list(string)
  default = ["ftp"]
}

resource "aws_transfer_server" "from_default" { # want AWS-338
  endpoint_type          = "VPC"
  identity_provider_type = "API_GATEWAY"
  url                    = "https://idp.example.com/transfer"
  invocation_role        = "arn:aws:iam::111122223333:role/transfer-idp"
  protocols              = var.protocols # want AWS-240
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
