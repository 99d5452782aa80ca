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
