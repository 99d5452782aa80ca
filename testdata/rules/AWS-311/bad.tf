variable "http_tokens" {
  type = string
}

resource "aws_instance" "legacy" { # want AWS-311 # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
}

resource "aws_instance" "optional" {  # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional" # want AWS-311
  }
}

resource "aws_instance" "input" {  # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = var.http_tokens # want-note AWS-311
  }
}

resource "aws_launch_template" "workers" {
  for_each      = toset(["blue", "green"])
  name_prefix   = "workers-${each.key}-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  metadata_options { # want AWS-311
    http_put_response_hop_limit = 2
  }
}

resource "aws_launch_configuration" "asg" { # want AWS-311
  name_prefix   = "asg-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  root_block_device {
    encrypted = true
  }
}

# Amazon Linux 2 AMIs are registered without ImdsSupport: IMDSv1 stays on.
data "aws_ssm_parameter" "al2" {
  name = "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"
}

resource "aws_instance" "al2" { # want AWS-311
  ami           = data.aws_ssm_parameter.al2.value
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"
  root_block_device {
    encrypted = true
  }
}

# An AMI whose name only looks like AL2023 but that Amazon does not own.
data "aws_ami" "lookalike" {
  most_recent = true
  owners      = ["self"]
  name_regex  = "^al2023-ami-hardened"
}

resource "aws_launch_template" "lookalike" { # want AWS-311
  name_prefix   = "lookalike-"
  image_id      = data.aws_ami.lookalike.id
  instance_type = "t3.small"
}
