variable "ami_id" {
  type = string
}

resource "aws_vpc" "app" { # want AWS-010
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "app" {
  for_each          = { a = "10.20.1.0/24", b = "10.20.2.0/24" }
  vpc_id            = aws_vpc.app.id
  cidr_block        = each.value
  availability_zone = "eu-west-1${each.key}"
}

# No security group named: EC2 places the instance in the VPC's default
# group, which this code never manages, so AWS's initial rules (all
# outbound traffic, inbound from the group's members) apply.
resource "aws_instance" "worker" { # want AWS-253 "placed in the default security group of aws_vpc.app"
  ami           = var.ami_id
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.app["a"].id

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted = true
  }
}

# A launch template without security groups gives the instance none either.
resource "aws_launch_template" "batch" {
  name_prefix   = "batch-"
  image_id      = var.ami_id
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "batch" { # want AWS-253
  subnet_id = aws_subnet.app["b"].id

  launch_template {
    id      = aws_launch_template.batch.id
    version = "$Latest"
  }
}
