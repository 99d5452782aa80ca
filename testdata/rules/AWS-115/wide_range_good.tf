# Private and shared ranges and a company's own public /16.
resource "aws_network_acl" "wide_internal" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    action     = "allow"
    cidr_block = "10.0.0.0/8"
  }

  ingress {
    rule_no    = 110
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    action     = "allow"
    cidr_block = "100.64.0.0/10"
  }

  ingress {
    rule_no    = 120
    protocol   = "tcp"
    from_port  = 5432
    to_port    = 5432
    action     = "allow"
    cidr_block = "198.51.0.0/16"
  }
}
