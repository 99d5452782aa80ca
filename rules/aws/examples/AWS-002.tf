resource "aws_instance" "app" {
  root_block_device {
    encrypted = true
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}
