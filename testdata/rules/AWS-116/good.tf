resource "aws_db_security_group" "legacy" {
  name = "legacy"
  ingress {
    cidr = "10.0.0.0/8"
  }
}
