# Prefix lists that hold only private or office ranges, and an AWS-managed
# prefix list named by its ID (not in the code): no rule is open to the
# internet through them.
resource "aws_ec2_managed_prefix_list" "pl_offices" {
  name           = "offices"
  address_family = "IPv4"
  max_entries    = 5

  entry {
    cidr        = "10.20.0.0/16"
    description = "office"
  }
  entry {
    cidr        = "203.0.113.0/24"
    description = "branch NAT"
  }
}

resource "aws_ec2_managed_prefix_list_entry" "pl_vpn" {
  prefix_list_id = aws_ec2_managed_prefix_list.pl_offices.id
  cidr           = "198.51.100.10/32"
}

resource "aws_security_group" "pl_jump" {
  name   = "bastion"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description     = "SSH from the offices"
    from_port       = 22
    to_port         = 22
    protocol        = "tcp"
    prefix_list_ids = [aws_ec2_managed_prefix_list.pl_offices.id]
  }

  ingress {
    description     = "HTTPS from CloudFront"
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = ["pl-3b927c52"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "pl_db" {
  security_group_id = aws_security_group.pl_jump.id
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  prefix_list_id    = aws_ec2_managed_prefix_list.pl_offices.id
}

# A list that does hold 0.0.0.0/0, used only for a web port.
resource "aws_ec2_managed_prefix_list" "pl_web_anywhere" {
  name           = "anywhere"
  address_family = "IPv4"
  max_entries    = 1

  entry {
    cidr = "0.0.0.0/0"
  }
}

resource "aws_vpc_security_group_ingress_rule" "pl_web" {
  security_group_id = aws_security_group.pl_jump.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  prefix_list_id    = aws_ec2_managed_prefix_list.pl_web_anywhere.id
}
