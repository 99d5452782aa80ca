# tscan26: a spot fleet whose launch specification asks for public IP
# addresses.
resource "aws_spot_fleet_request" "crawlers" {
  iam_fleet_role  = "arn:aws:iam::123456789012:role/spot-fleet"
  target_capacity = 4

  launch_specification {
    ami                         = "ami-0abcdef1234567890"
    instance_type               = "c6i.large"
    subnet_id                   = "subnet-0a1b2c3d"
    associate_public_ip_address = true # want AWS-105 "public IP"

    root_block_device {
      encrypted = true
    }
  }
}
