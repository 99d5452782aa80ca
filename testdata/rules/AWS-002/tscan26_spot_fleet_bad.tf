# tscan26: a spot fleet's launch specifications launch instances as
# aws_instance does.
resource "aws_spot_fleet_request" "batch" {
  iam_fleet_role  = "arn:aws:iam::123456789012:role/spot-fleet"
  target_capacity = 4

  launch_specification {
    ami           = "ami-0abcdef1234567890"
    instance_type = "c6i.large"
    subnet_id     = "subnet-0a1b2c3d"

    root_block_device {
      volume_size = 30
      encrypted   = false # want AWS-002 "root volume of a launch specification is not encrypted"
    }
  }

  launch_specification { # want AWS-002 "no root_block_device"
    ami           = "ami-0abcdef1234567890"
    instance_type = "c6i.xlarge"
    subnet_id     = "subnet-0a1b2c3d"

    ebs_block_device {
      device_name = "/dev/sdf"
      volume_size = 100
      encrypted   = true
    }
  }
}
