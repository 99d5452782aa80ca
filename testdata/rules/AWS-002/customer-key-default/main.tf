# The module turns on EBS encryption by default with a customer managed key
# as the account's default: volumes and devices that name no key, and the
# root volume an instance takes from its AMI, are encrypted with it.
variable "ami_id" {
  type = string
}

variable "subnet_id" {
  type = string
}

resource "aws_kms_key" "ebs_default" {
  description         = "default EBS key"
  enable_key_rotation = true
}

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_ebs_default_kms_key" "this" {
  key_arn = aws_kms_key.ebs_default.arn
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
}

# The root volume comes from the AMI and data devices name no key.
resource "aws_launch_configuration" "workers" {
  name_prefix   = "workers-"
  image_id      = var.ami_id
  instance_type = "t3.large"
  metadata_options {
    http_tokens = "required"
  }
  ebs_block_device {
    device_name = "/dev/xvdf"
    volume_size = 200
  }
}

resource "aws_instance" "bastion" {
  ami           = var.ami_id
  instance_type = "t3.micro"
  subnet_id     = var.subnet_id

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}
