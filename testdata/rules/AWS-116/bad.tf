resource "aws_db_security_group" "legacy" {
  name = "legacy"
  ingress {
    cidr = "0.0.0.0/0" # want AWS-116
  }
}

resource "aws_redshift_security_group" "legacy" {
  name = "legacy"
  ingress {
    cidr = "10.0.0.0/8"
  }
  ingress {
    cidr = "0.0.0.0/0" # want AWS-116
  }
}
