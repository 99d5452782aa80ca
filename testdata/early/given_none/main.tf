variable "ami" {
  type    = string
  default = "ami-0123456789abcdef0"
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"
}

# No root volume, IMDSv1 (AWS-002, AWS-311).
resource "aws_instance" "open" {
  ami                    = var.ami
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id]
}

resource "aws_instance" "closed" {
  ami                    = var.ami
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id]

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted = true
  }
}

# soc2lint:ignore AWS-311 legacy agent, reviewed
resource "aws_instance" "legacy" {
  for_each      = toset(["a", "b"])
  ami           = var.ami
  instance_type = "t3.micro"

  root_block_device {
    encrypted = each.key == "a"
  }
}
