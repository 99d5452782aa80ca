# tscan26: encrypted launch specifications, and a fleet that launches
# from a launch template (judged on the template).
resource "aws_spot_fleet_request" "batch" {
  iam_fleet_role  = "arn:aws:iam::123456789012:role/spot-fleet"
  target_capacity = 4

  launch_specification {
    ami           = "ami-0abcdef1234567890"
    instance_type = "c6i.large"
    subnet_id     = "subnet-0a1b2c3d"

    root_block_device {
      volume_size = 30
      encrypted   = true
    }

    ebs_block_device {
      device_name = "/dev/sdf"
      volume_size = 100
      kms_key_id  = "arn:aws:kms:eu-west-1:123456789012:key/0b6a2f7e-1111-2222-3333-444455556666"
    }
  }
}

resource "aws_spot_fleet_request" "from_template" {
  iam_fleet_role  = "arn:aws:iam::123456789012:role/spot-fleet"
  target_capacity = 2

  launch_template_config {
    launch_template_specification {
      id      = "lt-0123456789abcdef0"
      version = "$Latest"
    }
  }
}
