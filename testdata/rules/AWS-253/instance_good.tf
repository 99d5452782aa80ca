variable "ami_id" {
  type = string
}

variable "subnet_id" {
  type = string
}

variable "extra_security_group_ids" {
  type        = list(string)
  description = "no default: the caller decides"
}

resource "aws_vpc" "app" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_flow_log" "app" {
  vpc_id               = aws_vpc.app.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs-archive"
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.app.id
  cidr_block = "10.20.1.0/24"
}

resource "aws_security_group" "worker" {
  name   = "worker"
  vpc_id = aws_vpc.app.id
}

# Names its own group.
resource "aws_instance" "worker" {
  ami                    = var.ami_id
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.app.id
  vpc_security_group_ids = [aws_security_group.worker.id]

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted = true
  }
}

# Its group comes from the launch template.
resource "aws_launch_template" "batch" {
  name_prefix            = "batch-"
  image_id               = var.ami_id
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.worker.id]

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_instance" "batch" {
  subnet_id = aws_subnet.app.id

  launch_template {
    id      = aws_launch_template.batch.id
    version = "$Latest"
  }
}

# A subnet this code does not create (the default VPC, or another stack's):
# nothing here says what that VPC's default group allows.
resource "aws_instance" "elsewhere" {
  ami           = var.ami_id
  instance_type = "t3.micro"
  subnet_id     = var.subnet_id

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted = true
  }
}

# Groups from an input without a default: cannot be told.
resource "aws_instance" "configurable" {
  ami                    = var.ami_id
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.app.id
  vpc_security_group_ids = var.extra_security_group_ids # want-note AWS-253

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted = true
  }
}
