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
