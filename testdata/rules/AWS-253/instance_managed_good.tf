variable "ami_id" {
  type = string
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

# The default group is managed with no rules: Terraform removes AWS's
# initial ones, so an instance placed in it is closed both ways.
resource "aws_default_security_group" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.app.id
  cidr_block = "10.20.1.0/24"
}

resource "aws_instance" "isolated" {
  ami           = var.ami_id
  instance_type = "t3.micro"
  subnet_id     = aws_subnet.app.id

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted = true
  }
}
