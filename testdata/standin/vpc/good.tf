# VPC module calls whose VPCs have a flow log: from the module, or from a
# flow log of the caller's on the module's vpc_id.

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"

  name            = "main"
  cidr            = "10.0.0.0/16"
  public_subnets  = ["10.0.101.0/24"]
  private_subnets = ["10.0.1.0/24"]

  enable_flow_log                  = true
  flow_log_destination_type        = "s3"
  flow_log_destination_arn         = "arn:aws:s3:::flow-logs-111122223333"
  flow_log_max_aggregation_interval = 60
}

module "shared" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 6.0"

  name = "shared"
  cidr = "10.2.0.0/16"
}

resource "aws_flow_log" "shared" {
  vpc_id               = module.shared.vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs-111122223333"
}

# A VPC the call does not create.
module "disabled" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 6.0"

  create_vpc = false
}
