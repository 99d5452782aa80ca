variable "egress_cidr" {
  type = string
}

# Terraform removes AWS's default egress rule: no egress block, no egress.
resource "aws_security_group" "no_egress" {
  name = "no-egress"
}

resource "aws_security_group" "https_only" {
  name = "https-only"
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }
  egress {
    from_port       = 0
    to_port         = 0
    protocol        = "-1"
    prefix_list_ids = ["pl-0123456789abcdef0"]
  }
  # Not known statically: not reported.
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.egress_cidr]
  }
}

# Ingress rules are AWS-001's business.
resource "aws_security_group_rule" "https_in" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.https_only.id
}

resource "aws_vpc_security_group_egress_rule" "dns" {
  security_group_id = aws_security_group.https_only.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 53
  to_port           = 53
  ip_protocol       = "udp"
}
