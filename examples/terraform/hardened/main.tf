# The same stack, locked down.
variable "admin_cidrs" {
  description = "Who may reach the bastion over SSH."
  type        = list(string)
  default     = ["10.20.0.0/16"]
}

variable "private_subnet_id" {
  description = "The private subnet the bastion runs in, reached over the VPN."
  type        = string
  default     = "subnet-0a1b2c3d4e5f67890"
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "SSH to the bastion host from the VPN only"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }
}

resource "aws_instance" "bastion" {
  ami                    = "ami-0c55b159cbfafe1f0"
  instance_type          = "t3.micro"
  subnet_id              = var.private_subnet_id
  vpc_security_group_ids = [aws_security_group.bastion.id]

  root_block_device {
    encrypted = true
  }

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

resource "aws_iam_role" "deployer" {
  name = "deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "deployer" {
  role = aws_iam_role.deployer.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ecs:UpdateService", "ecs:DescribeServices"]
      Resource = "arn:aws:ecs:eu-west-1:123456789012:service/prod/*"
    }]
  })
}
