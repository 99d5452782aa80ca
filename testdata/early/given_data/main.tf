# Amazon Linux 2023 images require IMDSv2 by default (AWS-311).
data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]
  name_regex  = "^al2023-ami-2023"
}

resource "aws_instance" "web" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }
}
