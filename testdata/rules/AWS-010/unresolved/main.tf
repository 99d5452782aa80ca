# A flow log on a VPC given as an input of the root module records another
# VPC's traffic: a root's input cannot be the id of a VPC the same
# configuration creates.
variable "vpc_id" {
  type = string
}

resource "aws_vpc" "main" { # want AWS-010
  cidr_block = "10.30.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = var.vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
