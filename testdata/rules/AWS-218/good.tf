variable "security_policy" {
  type    = string
  default = "TransferSecurityPolicy-2024-01"
}

resource "aws_transfer_server" "sftp" { # want AWS-338
  for_each               = toset(["partners", "vendors"])
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = "VPC"
  security_policy_name   = var.security_policy
  protocols              = ["SFTP"]
  endpoint_details {
    vpc_id             = "vpc-0abc1234"
    subnet_ids         = ["subnet-0abc1234"]
    security_group_ids = ["sg-0abc1234"]
  }
  tags = { Name = each.key }
}

resource "aws_transfer_server" "fips" { # want AWS-338
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = "VPC"
  security_policy_name   = "TransferSecurityPolicy-FIPS-2024-01"
  endpoint_details {
    vpc_id             = "vpc-0abc1234"
    subnet_ids         = ["subnet-0abc1234"]
    security_group_ids = ["sg-0abc1234"]
  }
}
