# Rules written into the VPC's default security group apply to every
# resource launched without a group of its own.
resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want AWS-253
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"] # want AWS-001 "port 22"
  }

  egress { # want AWS-253
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"] # want AWS-012
  }
}
