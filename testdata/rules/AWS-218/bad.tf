resource "aws_transfer_server" "legacy" { # want AWS-338
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = "VPC"
  security_policy_name   = "TransferSecurityPolicy-2018-11" # want AWS-218
  endpoint_details {
    vpc_id             = "vpc-0abc1234"
    subnet_ids         = ["subnet-0abc1234"]
    security_group_ids = ["sg-0abc1234"]
  }
}

# No policy named: the provider assigns TransferSecurityPolicy-2018-11.
resource "aws_transfer_server" "unset" { # want AWS-218 "TransferSecurityPolicy-2018-11" # want AWS-338
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = "VPC"
  endpoint_details {
    vpc_id             = "vpc-0abc1234"
    subnet_ids         = ["subnet-0abc1234"]
    security_group_ids = ["sg-0abc1234"]
  }
}
