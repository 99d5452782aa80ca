# A Redshift cluster's security group opened to the internet on the cluster port.

resource "aws_security_group" "warehouse_public" {
  name   = "warehouse"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_vpc_security_group_ingress_rule" "redshift_analysts" {
  security_group_id = aws_security_group.warehouse_public.id
  ip_protocol       = "tcp"
  from_port         = 5439
  to_port           = 5439
  cidr_ipv4         = "0.0.0.0/0" # want AWS-001 "5439 \\(Redshift\\)"
}

resource "aws_vpc_security_group_ingress_rule" "redshift_analysts_v6" {
  security_group_id = aws_security_group.warehouse_public.id
  ip_protocol       = "tcp"
  from_port         = 5439
  to_port           = 5439
  cidr_ipv6         = "::/0" # want AWS-001
}
