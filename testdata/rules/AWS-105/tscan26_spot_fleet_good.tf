# tscan26: the default (no public IP address) and an explicit false.
resource "aws_spot_fleet_request" "workers" {
  iam_fleet_role  = "arn:aws:iam::123456789012:role/spot-fleet"
  target_capacity = 4

  launch_specification {
    ami           = "ami-0abcdef1234567890"
    instance_type = "c6i.large"
    subnet_id     = "subnet-0a1b2c3d"

    root_block_device {
      encrypted = true
    }
  }

  launch_specification {
    ami                         = "ami-0abcdef1234567890"
    instance_type               = "c6i.xlarge"
    subnet_id                   = "subnet-0a1b2c3d"
    associate_public_ip_address = false

    root_block_device {
      encrypted = true
    }
  }
}
