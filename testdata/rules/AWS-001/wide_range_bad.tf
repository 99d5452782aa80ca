# Ranges that are not 0.0.0.0/0 but admit a large share of the internet:
# half the address space (a common way around a /0 check), and private
# ranges mistyped one bit short (10.0.0.0/7 also holds 11.0.0.0/8,
# 172.16.0.0/11 holds 172.0.0.0/12).
variable "admin_ranges" {
  type    = list(string)
  default = ["0.0.0.0/1", "128.0.0.0/1"]
}

resource "aws_security_group" "wide_bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description = "SSH from the admins"
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = var.admin_ranges # want AWS-001 "from 0.0.0.0/1 and 128.0.0.0/1 to port 22"
  }
}

resource "aws_vpc_security_group_ingress_rule" "wide_db_from_office" {
  security_group_id = "sg-0123456789abcdef0"
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "10.0.0.0/7" # want AWS-001 "10.0.0.0/7 to port 5432"
}

resource "aws_security_group_rule" "wide_rdp_from_vpn" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "tcp"
  from_port         = 3389
  to_port           = 3389
  cidr_blocks       = ["172.16.0.0/11"] # want AWS-001 "172.16.0.0/11 to port 3389"
}
