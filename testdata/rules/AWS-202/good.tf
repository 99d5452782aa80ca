variable "subnets" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# Internal SFTP inside the VPC.
resource "aws_transfer_server" "internal" { # want AWS-338
  security_policy_name   = "TransferSecurityPolicy-2024-01"
  endpoint_type          = "VPC"
  protocols              = ["SFTP"]
  identity_provider_type = "SERVICE_MANAGED"

  endpoint_details {
    vpc_id             = "vpc-0a1b2c3d"
    subnet_ids         = var.subnets
    security_group_ids = ["sg-0a1b2c3d"]
  }
}

# Internet-facing through Elastic IPs, limited by its security group.
resource "aws_transfer_server" "partners" { # want AWS-338
  security_policy_name = "TransferSecurityPolicy-2024-01"
  endpoint_type        = "VPC"
  protocols            = ["SFTP"]

  endpoint_details {
    vpc_id                 = "vpc-0a1b2c3d"
    subnet_ids             = var.subnets
    address_allocation_ids = ["eipalloc-0a1b2c3d", "eipalloc-4e5f6a7b"]
    security_group_ids     = ["sg-4e5f6a7b"]
  }
}
