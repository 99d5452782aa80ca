variable "instance_name" {
  type = string
}

# The port list names an instance given by the caller: it may be this one.
resource "aws_lightsail_instance" "app" { # want-note AWS-001 "may replace this instance's default firewall"
  name              = "app"
  availability_zone = "eu-west-1a"
  blueprint_id      = "debian_12"
  bundle_id         = "nano_3_0"
}

resource "aws_lightsail_instance_public_ports" "app" {
  instance_name = var.instance_name

  port_info {
    protocol  = "tcp"
    from_port = 443
    to_port   = 443
  }
}
