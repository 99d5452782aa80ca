variable "admin_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "bastion" {
  name = "bastion"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"] # want AWS-001
  }
  ingress {
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"] # want AWS-001
  }
}

resource "aws_security_group" "everything" {
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # want AWS-001
  }
}

# A range that contains PostgreSQL.
resource "aws_security_group_rule" "db_range" {
  type              = "ingress"
  from_port         = 5000
  to_port           = 6000
  protocol          = "tcp"
  cidr_blocks       = var.admin_cidrs # want AWS-001
  security_group_id = aws_security_group.bastion.id
}

resource "aws_vpc_security_group_ingress_rule" "redis" {
  security_group_id = aws_security_group.bastion.id
  cidr_ipv4         = "0.0.0.0/0" # want AWS-001
  from_port         = 6379
  to_port           = 6379
  ip_protocol       = "tcp"
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.bastion.id
  cidr_ipv4         = "0.0.0.0/0" # want AWS-001
  ip_protocol       = "-1"
}

locals {
  rules = {
    ssh   = 22
    mysql = 3306
  }
}

resource "aws_security_group" "dynamic" {
  dynamic "ingress" {
    for_each = local.rules
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"] # want AWS-001 AWS-001
    }
  }
}

resource "aws_security_group" "counted" {
  count = 2
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # want AWS-001
  }
}

# WinRM over HTTPS: the sensitive port table is shared with Azure and GCP.
resource "aws_vpc_security_group_ingress_rule" "winrm" {
  security_group_id = aws_security_group.bastion.id
  cidr_ipv6         = "::/0" # want AWS-001
  from_port         = 5986
  to_port           = 5986
  ip_protocol       = "tcp"
}
