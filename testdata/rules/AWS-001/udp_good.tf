# UDP rules open to the internet on ports whose sensitive services listen
# on TCP only: nothing answers SSH or PostgreSQL over UDP.
resource "aws_security_group" "vpn" {
  name   = "wireguard"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description = "WireGuard"
    protocol    = "udp"
    from_port   = 51820
    to_port     = 51820
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "syslog_range" {
  security_group_id = aws_security_group.vpn.id
  ip_protocol       = "udp"
  from_port         = 20
  to_port           = 60
  cidr_ipv4         = "0.0.0.0/0"
}
