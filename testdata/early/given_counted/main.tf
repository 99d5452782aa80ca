# Instances of count and for_each, in a root without the Given types,
# each checked as evaluated.
locals {
  names = { a = "optional", b = "required" }
}

resource "aws_instance" "counted" {
  count         = 3
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = count.index > 0
  }
}

resource "aws_instance" "each" {
  for_each      = local.names
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = each.value
  }

  dynamic "ebs_block_device" {
    for_each = each.key == "a" ? [1] : []
    content {
      device_name = "/dev/sdf"
      encrypted   = false
    }
  }
}
