# The account defaults come after the instances they decide.
resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_instance" "optional" {
  count         = 2
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "optional"
  }
}

resource "aws_ec2_instance_metadata_defaults" "this" {
  http_tokens = "required"
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}
