# The flow log's VPC comes out of a private registry module that
# `terraform init` has not fetched: it may pass this VPC's id through, so
# the rule cannot tell.
resource "aws_vpc" "main" { # want-note AWS-010
  cidr_block = "10.40.0.0/16"
}

module "network" {
  source  = "app.terraform.io/acme/network/aws"
  version = "~> 2.1"

  vpc_id = aws_vpc.main.id
}

resource "aws_flow_log" "main" {
  vpc_id               = module.network.vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
