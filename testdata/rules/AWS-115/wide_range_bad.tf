# A network ACL entry open to half the internet, and one whose private
# range is mistyped one bit short (10.0.0.0/7 also holds 11.0.0.0/8).
resource "aws_network_acl" "wide_public" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    action     = "allow"
    cidr_block = "0.0.0.0/1" # want AWS-115 "0.0.0.0/1 to port 22"
  }
}

resource "aws_network_acl_rule" "wide_db" {
  network_acl_id = aws_network_acl.wide_public.id
  rule_number    = 200
  egress         = false
  protocol       = "tcp"
  from_port      = 5432
  to_port        = 5432
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/7" # want AWS-115 "10.0.0.0/7 to port 5432"
}
