variable "vpc_id" {
  type = string
}

resource "aws_network_acl" "public" {
  vpc_id = var.vpc_id
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0" # want AWS-115 "port 22"
    from_port  = 22
    to_port    = 22
  }
  ingress {
    rule_no    = 110
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
}

resource "aws_network_acl" "private" {
  vpc_id = var.vpc_id
}

resource "aws_network_acl_rule" "all_in" {
  network_acl_id = aws_network_acl.private.id
  rule_number    = 200
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0" # want AWS-115 "21 .FTP."
}

# The deny at 90 blocks SSH over IPv4 only: all_in opens the other ports,
# admin_range opens SSH over IPv6.
resource "aws_network_acl_rule" "deny_ssh" {
  network_acl_id = aws_network_acl.private.id
  rule_number    = 90
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "admin_range" {
  network_acl_id  = aws_network_acl.private.id
  rule_number     = 100
  protocol        = "tcp"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0" # want AWS-115 "22 .SSH."
  from_port       = 22
  to_port         = 3389
}
