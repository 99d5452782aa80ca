resource "aws_security_group" "cache" {
  name   = "memcached"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    protocol    = "udp"
    from_port   = 11211
    to_port     = 11211
    cidr_blocks = ["0.0.0.0/0"] # want AWS-001
  }
}

resource "aws_security_group_rule" "rdp_udp" {
  type              = "ingress"
  security_group_id = aws_security_group.cache.id
  protocol          = "17"
  from_port         = 3380
  to_port           = 3390
  cidr_blocks       = ["0.0.0.0/0"] # want AWS-001
}

# SNMP agents answer on UDP 161.
resource "aws_vpc_security_group_ingress_rule" "snmp" {
  security_group_id = aws_security_group.cache.id
  ip_protocol       = "udp"
  from_port         = 161
  to_port           = 161
  cidr_ipv4         = "0.0.0.0/0" # want AWS-001 "SNMP"
}
