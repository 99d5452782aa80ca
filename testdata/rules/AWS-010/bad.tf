# No flow log at all.
resource "aws_vpc" "no_logs" { # want AWS-010
  cidr_block = "10.0.0.0/16"
}

# Only one of the two subnets has a flow log.
resource "aws_vpc" "partial" { # want AWS-010
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "partial_a" {
  vpc_id     = aws_vpc.partial.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_subnet" "partial_b" {
  vpc_id     = aws_vpc.partial.id
  cidr_block = "10.1.2.0/24"
}

resource "aws_flow_log" "partial_a" {
  subnet_id            = aws_subnet.partial_a.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

# A flow log on a VPC that is not declared here does not cover this one.
resource "aws_vpc" "other" { # want AWS-010
  cidr_block = "10.2.0.0/16"
}

resource "aws_flow_log" "elsewhere" {
  vpc_id               = "vpc-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

# Referring to the VPC from another attribute is not a flow log on it.
resource "aws_vpc" "tagged" { # want AWS-010
  cidr_block = "10.3.0.0/16"
}

resource "aws_flow_log" "eni" {
  eni_id               = "eni-0123456789abcdef0"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
  tags = {
    vpc_cidr = aws_vpc.tagged.cidr_block
  }
}

resource "aws_globalaccelerator_accelerator" "edge" { # want AWS-010 "attributes.flow_logs_enabled is not set"
  name            = "edge"
  ip_address_type = "IPV4"
  enabled         = true
}

resource "aws_globalaccelerator_accelerator" "edge_off" {
  name = "off"
  attributes {
    flow_logs_enabled = false # want AWS-010
  }
}

# A flow log that records accepted connections only: the rejected ones
# (scans, blocked attempts) leave no record.
resource "aws_vpc" "accept_only" { # want AWS-010 "record accepted traffic only"
  cidr_block = "10.4.0.0/16"
}

variable "flow_traffic" {
  type    = string
  default = "ACCEPT"
}

resource "aws_flow_log" "accept_only" {
  vpc_id               = aws_vpc.accept_only.id
  traffic_type         = var.flow_traffic
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

# The Region's default VPC, adopted by Terraform, with no flow log.
resource "aws_default_vpc" "default" { # want AWS-010 "has no flow log"
  tags = {
    Name = "default"
  }
}

# The VPC has no flow log of its own and its subnets' flow logs record
# accepted traffic only: rejected connections leave no record.
locals {
  app_subnets = {
    a = "10.40.1.0/24"
    b = "10.40.2.0/24"
  }
}

resource "aws_vpc" "accept_subnets" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_subnet" "accept_subnets" { # want AWS-010 "accepted traffic only"
  for_each   = local.app_subnets
  vpc_id     = aws_vpc.accept_subnets.id
  cidr_block = each.value
}

resource "aws_flow_log" "accept_subnets" {
  for_each             = local.app_subnets
  subnet_id            = aws_subnet.accept_subnets[each.key].id
  traffic_type         = "ACCEPT"
  log_destination_type = "cloud-watch-logs"
  log_destination      = "arn:aws:logs:eu-west-1:111122223333:log-group:subnet-flows"
  iam_role_arn         = "arn:aws:iam::111122223333:role/flow-logs"
}
