resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}

resource "aws_instance" "no_metadata" {  # want AWS-105
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_endpoint = "disabled"
  }
}

resource "aws_launch_configuration" "asg" {
  name_prefix   = "asg-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = "required"
  }
}

# Amazon Linux 2023 AMIs are registered with ImdsSupport v2.0: EC2 launches
# their instances with http_tokens = "required" when the launch does not say.
data "aws_ssm_parameter" "al2023" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_instance" "al2023" {
  ami           = data.aws_ssm_parameter.al2023.value
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"
  root_block_device {
    encrypted = true
  }
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-arm64"]
  }
}

resource "aws_launch_template" "al2023" {
  name_prefix   = "al2023-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "t4g.small"
}
