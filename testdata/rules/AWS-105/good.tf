variable "public_ip" {
  type = bool
}

# The subnet decides when the instance does not say.
resource "aws_instance" "default" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0a1b2c3d"
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "unknown" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = var.public_ip # want-note AWS-105
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  network_interfaces {
    device_index                = 0
    associate_public_ip_address = false
    security_groups             = ["sg-0a1b2c3d"]
  }
  network_interfaces {
    device_index = 1
  }
}

resource "aws_launch_configuration" "legacy" {
  name_prefix                 = "legacy-"
  image_id                    = "ami-0abcdef1234567890"
  instance_type               = "t3.small"
  associate_public_ip_address = false
  root_block_device {
    encrypted = true
  }
}
