variable "encrypt" {
  type = bool
}

resource "aws_ebs_volume" "data_ok" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}

resource "aws_ebs_volume" "unknown" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = var.encrypt # want-note AWS-002
}

resource "aws_instance" "app_ok" { # want AWS-311 # want AWS-105
  ami           = "ami-123456"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = true
  }
}

resource "aws_launch_template" "workers_ok" { # want AWS-311
  name = "workers"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 40
      encrypted   = "true"
    }
  }
  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
}

# The root volume comes from the launch template, checked on its own.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.workers_ok.id
    version = "$Latest"
  }
}

resource "aws_launch_configuration" "workers" { # want AWS-311
  name_prefix   = "workers-"
  image_id      = "ami-123456"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 40
    encrypted   = true
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    encrypted   = true
  }
}

# A volume restored from a snapshot takes the snapshot's encryption.
resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0123456789abcdef0"
}

# A volume that names a KMS key is encrypted with it (EC2 refuses the key
# on an unencrypted volume).
resource "aws_kms_key" "ebs" {
  enable_key_rotation = true
}

resource "aws_ebs_volume" "with_key" {
  availability_zone = "eu-west-1a"
  size              = 100
  kms_key_id        = aws_kms_key.ebs.arn
}
