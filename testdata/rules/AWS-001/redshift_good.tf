# The cluster port open to the office and the VPC only.

variable "office_cidr" {
  type    = string
  default = "203.0.113.0/24"
}

resource "aws_security_group" "warehouse_private" {
  name   = "warehouse-private"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_vpc_security_group_ingress_rule" "warehouse_private" {
  for_each          = toset([var.office_cidr, "10.0.0.0/16"])
  security_group_id = aws_security_group.warehouse_private.id
  ip_protocol       = "tcp"
  from_port         = 5439
  to_port           = 5439
  cidr_ipv4         = each.value
}
