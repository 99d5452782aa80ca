resource "aws_instance" "web" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = true # want AWS-105
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "app" { # want AWS-311
  name_prefix   = "app-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.small"
  network_interfaces {
    device_index                = 0
    associate_public_ip_address = "true" # want AWS-105
  }
}

resource "aws_launch_configuration" "legacy" { # want AWS-311
  name_prefix                 = "legacy-"
  image_id                    = "ami-0abcdef1234567890"
  instance_type               = "t3.small"
  associate_public_ip_address = true # want AWS-105
  root_block_device {
    encrypted = true
  }
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/apps"
  task_definition = "web:3"
  launch_type     = "FARGATE"
  desired_count   = 2

  network_configuration {
    subnets          = ["subnet-0a", "subnet-0b"]
    assign_public_ip = true # want AWS-105
  }
}

# No subnet, network interface or launch template: EC2 launches the instance
# in a default subnet of the default VPC, whose instances get a public IP.
resource "aws_instance" "default_vpc" { # want AWS-105 "default subnet of the default VPC"
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = "required"
  }
}

# A blue/green deployment through an external controller: the task set of
# the new version gets public addresses.
resource "aws_ecs_service" "checkout" {
  name          = "checkout"
  cluster       = "arn:aws:ecs:eu-west-1:123456789012:cluster/apps"
  desired_count = 2
  deployment_controller {
    type = "EXTERNAL"
  }
}

resource "aws_ecs_task_set" "checkout_green" {
  service         = aws_ecs_service.checkout.id
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/apps"
  task_definition = "checkout:12"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = ["subnet-0a", "subnet-0b"]
    assign_public_ip = true # want AWS-105 "task set"
  }
}

variable "streaming_subnets" {
  type    = list(string)
  default = ["subnet-0c", "subnet-0d"]
}

resource "aws_appstream_fleet" "analysts" {
  name            = "analysts"
  instance_type   = "stream.standard.medium"
  image_name      = "AppStream-WinServer2022-01-10-2025"
  disable_imds_v1 = true
  fleet_type      = "ON_DEMAND"

  compute_capacity {
    desired_instances = 2
  }

  vpc_config {
    subnet_ids = var.streaming_subnets
  }

  enable_default_internet_access = true # want AWS-105 "default internet access"
}

resource "aws_appstream_image_builder" "golden" {
  name                           = "golden-image"
  instance_type                  = "stream.standard.large"
  image_name                     = "AppStream-WinServer2022-01-10-2025"
  enable_default_internet_access = true # want AWS-105 "default internet access"
}
