variable "protocols" {
  type    = list(string)
  default = ["SFTP", "FTPS"]
}

variable "caller_protocols" {
  type = list(string)
}

resource "aws_transfer_server" "default_sftp" { # want AWS-338
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = "VPC"
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
  security_policy_name   = "TransferSecurityPolicy-2024-01"
}

resource "aws_transfer_server" "ftps" { # want AWS-338
  endpoint_type          = "VPC"
  identity_provider_type = "API_GATEWAY"
  url                    = "https://idp.example.com/transfer"
  invocation_role        = "arn:aws:iam::111122223333:role/transfer-idp"
  protocols              = var.protocols
  certificate            = "arn:aws:acm:eu-west-1:111122223333:certificate/0a1b2c3d"
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_transfer_server" "from_caller" { # want AWS-338
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = "VPC"
  endpoint_details {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a1b2c3d"]
  }
  protocols              = var.caller_protocols # want-note AWS-240
  security_policy_name   = "TransferSecurityPolicy-2024-01"
}
