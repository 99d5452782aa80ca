# Private ranges, the shared (carrier-grade NAT) range, a company's own
# public /16 and a cloud provider's published /14: none of them is the
# internet at large.
resource "aws_security_group" "wide_internal" {
  name   = "internal"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"]
  }

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["198.51.0.0/16", "52.0.0.0/14"]
  }
}
