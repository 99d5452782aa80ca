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

resource "aws_launch_template" "app" { # want AWS-311
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

resource "aws_launch_configuration" "legacy" { # want AWS-311
  name_prefix                 = "legacy-"
  image_id                    = "ami-0abcdef1234567890"
  instance_type               = "t3.small"
  associate_public_ip_address = false
  root_block_device {
    encrypted = true
  }
}

variable "private_subnets" {
  type    = list(string)
  default = ["subnet-0c", "subnet-0d"]
}

# Tasks in private subnets, no public IP (the default is false).
resource "aws_ecs_service" "workers" {
  for_each        = toset(["billing", "mailer"])
  name            = each.key
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/apps"
  task_definition = "${each.key}:1"
  launch_type     = "FARGATE"

  network_configuration {
    subnets = var.private_subnets
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/apps"
  task_definition = "api:7"
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = var.private_subnets
    assign_public_ip = false
  }
}

# In the default VPC, but declining the public address.
resource "aws_instance" "default_vpc_private" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = "required"
  }
}

variable "private_subnet_ids" {
  type = list(string)
}

# The subnet comes from the caller: placed in a VPC the module chooses.
resource "aws_instance" "workers" {
  count         = 2
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  subnet_id     = var.private_subnet_ids[count.index]
  root_block_device {
    encrypted = true
  }
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "private_app" {
  name_prefix   = "private-app-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
  network_interfaces {
    subnet_id                   = "subnet-0a1b2c3d"
    associate_public_ip_address = false
  }
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      encrypted = true
    }
  }
}

# The launch template decides the network.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.private_app.id
    version = "$Latest"
  }
}

resource "aws_ecs_service" "checkout" {
  name          = "checkout"
  cluster       = "arn:aws:ecs:eu-west-1:123456789012:cluster/apps"
  desired_count = 2
  deployment_controller {
    type = "EXTERNAL"
  }
}

resource "aws_ecs_task_set" "checkout" {
  for_each = toset(["blue", "green"])

  service         = aws_ecs_service.checkout.id
  cluster         = "arn:aws:ecs:eu-west-1:123456789012:cluster/apps"
  task_definition = "checkout-${each.key}:12"
  launch_type     = "FARGATE"

  network_configuration {
    subnets         = ["subnet-0a", "subnet-0b"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }
}

# AppStream fleets: default internet access is off unless turned on; the
# private subnets reach the internet through a NAT gateway.
resource "aws_appstream_fleet" "analysts" {
  name            = "analysts"
  instance_type   = "stream.standard.medium"
  image_name      = "AppStream-WinServer2022-01-10-2025"
  disable_imds_v1 = true

  compute_capacity {
    desired_instances = 2
  }

  vpc_config {
    subnet_ids = ["subnet-0c", "subnet-0d"]
  }
}

resource "aws_appstream_fleet" "support" {
  name                           = "support"
  instance_type                  = "stream.standard.small"
  image_name                     = "AppStream-WinServer2022-01-10-2025"
  disable_imds_v1                = true
  enable_default_internet_access = false

  compute_capacity {
    desired_instances = 1
  }
}
