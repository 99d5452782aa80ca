resource "aws_vpc" "net" { # want AWS-010
  cidr_block = "10.40.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.net.id
  cidr_block = "10.40.1.0/24"
}

# An elastic network interface created without security_groups is given
# the VPC's default security group, which this code never manages.
resource "aws_network_interface" "appliance" { # want AWS-253 "aws_network_interface.appliance names no security group"
  subnet_id         = aws_subnet.private.id
  private_ips       = ["10.40.1.10"]
  description       = "appliance data plane"
  source_dest_check = false
}
