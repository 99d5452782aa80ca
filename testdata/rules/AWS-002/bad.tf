resource "aws_ebs_volume" "data" { # want AWS-002
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_ebs_volume" "explicit_off" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = false # want AWS-002
}

resource "aws_instance" "no_root_block" { # want AWS-002 # want AWS-311 # want AWS-105
  ami           = "ami-123456"
  instance_type = "t3.micro"
}

resource "aws_instance" "app" { # want AWS-311 # want AWS-105
  ami           = "ami-123456"
  instance_type = "t3.micro"
  root_block_device {
    encrypted = "false" # want AWS-002
  }
  ebs_block_device { # want AWS-002
    device_name = "/dev/sdf"
    volume_size = 50
  }
}

resource "aws_launch_template" "workers" { # want AWS-311
  name = "workers"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs { # want AWS-002
      volume_size = 40
    }
  }
}

resource "aws_launch_configuration" "workers" { # want AWS-311
  name_prefix   = "workers-"
  image_id      = "ami-123456"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 40
    encrypted   = false # want AWS-002 "root volume is not encrypted"
  }
}

resource "aws_launch_configuration" "no_root" { # want AWS-002 # want AWS-311
  name_prefix   = "bare-"
  image_id      = "ami-123456"
  instance_type = "t3.micro"
}

resource "aws_spot_instance_request" "batch" {  # want AWS-105
  ami           = "ami-123456"
  instance_type = "c5.large"
  spot_price    = "0.05"

  root_block_device {
    encrypted = true
  }
  ebs_block_device { # want AWS-002 "EBS block device is not encrypted"
    device_name = "/dev/sdf"
    volume_size = 100
  }
}

resource "aws_ebs_encryption_by_default" "off" {
  enabled = false # want AWS-002 "encryption by default is turned off"
}
