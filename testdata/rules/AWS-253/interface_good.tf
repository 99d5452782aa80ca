variable "ami_id" {
  type = string
}

resource "aws_vpc" "net" {
  cidr_block = "10.41.0.0/16"
}

resource "aws_flow_log" "net" {
  vpc_id               = aws_vpc.net.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::central-flow-logs"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.net.id
  cidr_block = "10.41.1.0/24"
}

resource "aws_security_group" "appliance" {
  name        = "appliance"
  description = "appliance data plane"
  vpc_id      = aws_vpc.net.id
}

# The interface names its group.
resource "aws_network_interface" "appliance" {
  subnet_id       = aws_subnet.private.id
  security_groups = [aws_security_group.appliance.id]
}

# The group is attached by a separate resource.
resource "aws_network_interface" "mgmt" {
  subnet_id = aws_subnet.private.id
}

resource "aws_network_interface_sg_attachment" "mgmt" {
  security_group_id    = aws_security_group.appliance.id
  network_interface_id = aws_network_interface.mgmt.id
}

# The instance takes the groups of the interface it is launched with.
resource "aws_instance" "appliance" {
  ami           = var.ami_id
  instance_type = "t3.micro"

  network_interface {
    network_interface_id = aws_network_interface.appliance.id
    device_index         = 0
  }

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted = true
  }
}
