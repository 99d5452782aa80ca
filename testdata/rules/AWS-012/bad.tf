resource "aws_security_group" "app" {
  name = "app"
  egress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"] # want AWS-012 "to 0.0.0.0/0 and ::/0"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group" "tcp_anywhere" {
  name = "tcp-anywhere"
  egress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] # want AWS-012
  }
}

resource "aws_security_group_rule" "all_out" {
  type              = "egress"
  from_port         = 0
  to_port           = 0
  protocol          = "all"
  cidr_blocks       = ["0.0.0.0/0"] # want AWS-012
  security_group_id = aws_security_group.app.id
}

resource "aws_vpc_security_group_egress_rule" "all_out" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "0.0.0.0/0" # want AWS-012
  ip_protocol       = "-1"
}
