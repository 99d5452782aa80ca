# soc2lint's stand-in for terraform-aws-modules/vpc/aws, major versions 5
# and 6, written from the module's documented inputs and defaults. It
# creates the VPC, its public subnets (whether they give instances public
# addresses), the VPC flow log and the CloudWatch log group the module can
# create for it. Private, database and other subnets, gateways, route
# tables, network ACLs, the default security group and endpoints are not
# modeled.

locals {
  create_vpc      = var.create_vpc
  enable_flow_log = var.create_vpc && var.enable_flow_log

  create_flow_log_cloudwatch_log_group = local.enable_flow_log && var.flow_log_destination_type != "s3" && var.create_flow_log_cloudwatch_log_group
}

resource "aws_vpc" "this" {
  count = local.create_vpc ? 1 : 0

  cidr_block           = var.cidr
  instance_tenancy     = var.instance_tenancy
  enable_dns_hostnames = var.enable_dns_hostnames
  enable_dns_support   = var.enable_dns_support
  tags                 = merge({ Name = var.name }, var.tags)
}

resource "aws_subnet" "public" {
  count = local.create_vpc ? length(var.public_subnets) : 0

  vpc_id                  = aws_vpc.this[0].id
  cidr_block              = var.public_subnets[count.index]
  map_public_ip_on_launch = var.map_public_ip_on_launch
  tags                    = var.tags
}

resource "aws_flow_log" "this" {
  count = local.enable_flow_log ? 1 : 0

  vpc_id                   = aws_vpc.this[0].id
  traffic_type             = var.flow_log_traffic_type
  log_destination_type     = var.flow_log_destination_type
  log_destination          = local.create_flow_log_cloudwatch_log_group ? try(aws_cloudwatch_log_group.flow_log[0].arn, null) : var.flow_log_destination_arn
  max_aggregation_interval = var.flow_log_max_aggregation_interval
  tags                     = var.tags
}

resource "aws_cloudwatch_log_group" "flow_log" {
  count = local.create_flow_log_cloudwatch_log_group ? 1 : 0

  name_prefix       = var.flow_log_cloudwatch_log_group_name_prefix
  retention_in_days = var.flow_log_cloudwatch_log_group_retention_in_days
  kms_key_id        = var.flow_log_cloudwatch_log_group_kms_key_id
  tags              = var.tags
}
