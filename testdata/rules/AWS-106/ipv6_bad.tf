# A dual-stack public subnet: every instance gets an IPv6 address, and the
# route table sends ::/0 to the internet gateway (inline route here, a
# separate aws_route in the second VPC).

resource "aws_vpc" "app" {
  cidr_block                       = "10.20.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_internet_gateway" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_subnet" "web" {
  vpc_id                          = aws_vpc.app.id
  cidr_block                      = "10.20.1.0/24"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.app.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true # want AWS-106 "sends ::/0 to internet gateway"
}

resource "aws_route_table" "web" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.app.id
  }

  route {
    ipv6_cidr_block = "::/0"
    gateway_id      = aws_internet_gateway.app.id
  }
}

resource "aws_route_table_association" "web" {
  subnet_id      = aws_subnet.web.id
  route_table_id = aws_route_table.web.id
}

resource "aws_vpc" "batch" {
  cidr_block                       = "10.30.0.0/16"
  assign_generated_ipv6_cidr_block = true
}

resource "aws_internet_gateway" "batch" {
  vpc_id = aws_vpc.batch.id
}

resource "aws_subnet" "workers" {
  count                           = 2
  vpc_id                          = aws_vpc.batch.id
  cidr_block                      = cidrsubnet(aws_vpc.batch.cidr_block, 8, count.index)
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.batch.ipv6_cidr_block, 8, count.index)
  assign_ipv6_address_on_creation = true # want AWS-106 "sends ::/0 to internet gateway"
}

resource "aws_route_table" "workers" {
  vpc_id = aws_vpc.batch.id
}

resource "aws_route" "workers_ipv6" {
  route_table_id              = aws_route_table.workers.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.batch.id
}

resource "aws_route_table_association" "workers" {
  count          = 2
  subnet_id      = aws_subnet.workers[count.index].id
  route_table_id = aws_route_table.workers.id
}

resource "aws_flow_log" "app" {
  vpc_id               = aws_vpc.app.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-vpc-flow-logs"
}

resource "aws_flow_log" "batch" {
  vpc_id               = aws_vpc.batch.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-vpc-flow-logs"
}
