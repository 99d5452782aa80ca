# Flow log through a direct reference.
resource "aws_vpc" "direct" {
  cidr_block = "10.10.0.0/16"
}

resource "aws_flow_log" "direct" {
  vpc_id               = aws_vpc.direct.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

# Through a local. REJECT-only logging still counts.
resource "aws_vpc" "via_local" {
  cidr_block = "10.11.0.0/16"
}

locals {
  vpc_id = aws_vpc.via_local.id
}

resource "aws_flow_log" "via_local" {
  vpc_id               = local.vpc_id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

# Through a module that takes the VPC id and creates the flow log.
resource "aws_vpc" "via_module" {
  cidr_block = "10.12.0.0/16"
}

module "flow_log" {
  source = "./modules/flow_log"
  vpc_id = aws_vpc.via_module.id
}

# Every subnet has its own flow log.
resource "aws_vpc" "by_subnet" {
  cidr_block = "10.13.0.0/16"
}

resource "aws_subnet" "by_subnet" {
  count      = 2
  vpc_id     = aws_vpc.by_subnet.id
  cidr_block = cidrsubnet("10.13.0.0/16", 8, count.index)
}

resource "aws_flow_log" "by_subnet" {
  count                = 2
  subnet_id            = aws_subnet.by_subnet[count.index].id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

variable "accelerator_flow_logs" {
  type    = bool
  default = true
}

resource "aws_globalaccelerator_accelerator" "edge_logged" {
  name            = "edge"
  ip_address_type = "IPV4"
  enabled         = true
  attributes {
    flow_logs_enabled   = var.accelerator_flow_logs
    flow_logs_s3_bucket = "network-flow-logs"
    flow_logs_s3_prefix = "accelerator/edge/"
  }
}

# Rejected traffic in one flow log, accepted in another: together they
# record both.
resource "aws_vpc" "split_logs" {
  cidr_block = "10.6.0.0/16"
}

resource "aws_flow_log" "split" {
  for_each             = toset(["ACCEPT", "REJECT"])
  vpc_id               = aws_vpc.split_logs.id
  traffic_type         = each.key
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

resource "aws_default_vpc" "adopted" {}

resource "aws_flow_log" "default_vpc" {
  vpc_id               = aws_default_vpc.adopted.id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
