variable "default_sg_ingress" {
  type = list(map(string))
}

resource "aws_vpc" "main" { # want AWS-010
  cidr_block = "10.0.0.0/16"
}

# Restores AWS's initial rules: members of the group reach each other and
# everything goes out.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  ingress { # want AWS-253 "ingress rules"
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # want AWS-253 "egress rules"
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"] # want AWS-012
  }
}

resource "aws_vpc" "shared" { # want AWS-010
  cidr_block = "10.1.0.0/16"
}

resource "aws_security_group_rule" "shared_postgres" {
  type              = "ingress"
  security_group_id = aws_vpc.shared.default_security_group_id # want AWS-253 "default security group of aws_vpc.shared"
  protocol          = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_blocks       = ["10.1.0.0/16"]
}

resource "aws_vpc" "edge" { # want AWS-010
  cidr_block = "10.2.0.0/16"
}

resource "aws_default_security_group" "edge" {
  vpc_id = aws_vpc.edge.id
}

resource "aws_vpc_security_group_ingress_rule" "edge_https" {
  security_group_id = aws_default_security_group.edge.id # want AWS-253
  cidr_ipv4         = "10.2.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc" "ops" { # want AWS-010
  cidr_block = "10.3.0.0/16"
}

resource "aws_default_security_group" "ops" {
  vpc_id = aws_vpc.ops.id

  dynamic "ingress" { # want-note AWS-253
    for_each = var.default_sg_ingress
    content {
      protocol    = ingress.value.protocol # want-note AWS-001
      from_port   = ingress.value.from_port
      to_port     = ingress.value.to_port
      cidr_blocks = [ingress.value.cidr]
    }
  }
}

# The adopted default VPC's default group, reached through the VPC.
resource "aws_default_vpc" "main" { # want AWS-010
}

resource "aws_vpc_security_group_egress_rule" "default_vpc_https" {
  security_group_id = aws_default_vpc.main.default_security_group_id # want AWS-253 "aws_default_vpc.main"
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
