# Encryption by default covers every volume of the account and region.
resource "aws_ebs_encryption_by_default" "on" {
  enabled = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_instance" "app" { # want AWS-311 # want AWS-105
  ami           = "ami-123456"
  instance_type = "t3.micro"
}
