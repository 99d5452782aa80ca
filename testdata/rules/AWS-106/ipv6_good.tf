# Dual-stack private subnets: instances get IPv6 addresses, but ::/0 leads
# to an egress-only internet gateway (outbound only), or the subnet's route
# table is the VPC's main one, not declared here; and a public subnet that
# does not assign IPv6 addresses on its own.

resource "aws_vpc" "app" {
  cidr_block                       = "10.20.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_internet_gateway" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_egress_only_internet_gateway" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_subnet" "private" {
  vpc_id                          = aws_vpc.app.id
  cidr_block                      = "10.20.10.0/24"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.app.ipv6_cidr_block, 8, 10)
  assign_ipv6_address_on_creation = true
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.app.id

  route {
    ipv6_cidr_block        = "::/0"
    egress_only_gateway_id = aws_egress_only_internet_gateway.app.id
  }
}

resource "aws_route_table_association" "private" {
  subnet_id      = aws_subnet.private.id
  route_table_id = aws_route_table.private.id
}

resource "aws_subnet" "isolated" {
  vpc_id                          = aws_vpc.app.id
  cidr_block                      = "10.20.20.0/24"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.app.ipv6_cidr_block, 8, 20)
  assign_ipv6_address_on_creation = true
}

resource "aws_subnet" "lb" {
  vpc_id          = aws_vpc.app.id
  cidr_block      = "10.20.1.0/24"
  ipv6_cidr_block = cidrsubnet(aws_vpc.app.ipv6_cidr_block, 8, 1)
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.app.id
}

resource "aws_route" "public_ipv6" {
  route_table_id              = aws_route_table.public.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.app.id
}

resource "aws_route_table_association" "lb" {
  subnet_id      = aws_subnet.lb.id
  route_table_id = aws_route_table.public.id
}

resource "aws_flow_log" "app" {
  vpc_id               = aws_vpc.app.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-vpc-flow-logs"
}
