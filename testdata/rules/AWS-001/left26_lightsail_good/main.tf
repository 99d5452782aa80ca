# Each instance's firewall is replaced by an aws_lightsail_instance_public_ports
# (PutInstancePublicPorts closes every port it does not list).
resource "aws_lightsail_instance" "blog" {
  name              = "blog"
  availability_zone = "eu-west-1a"
  blueprint_id      = "wordpress"
  bundle_id         = "small_3_0"
}

resource "aws_lightsail_instance_public_ports" "blog" {
  instance_name = aws_lightsail_instance.blog.name

  port_info {
    protocol  = "tcp"
    from_port = 443
    to_port   = 443
  }
}

# Named by its literal name.
resource "aws_lightsail_instance" "static" {
  name              = "static-site"
  availability_zone = "eu-west-1a"
  blueprint_id      = "nginx"
  bundle_id         = "nano_3_0"
}

resource "aws_lightsail_instance_public_ports" "static" {
  instance_name = "static-site"
  depends_on    = [aws_lightsail_instance.static]

  port_info {
    protocol  = "tcp"
    from_port = 80
    to_port   = 80
  }
}

# One port list per instance of a fleet.
resource "aws_lightsail_instance" "fleet" {
  for_each          = toset(["a", "b"])
  name              = "fleet-${each.key}"
  availability_zone = "eu-west-1a"
  blueprint_id      = "windows_server_2022"
  bundle_id         = "medium_win_3_0"
}

resource "aws_lightsail_instance_public_ports" "fleet" {
  for_each      = aws_lightsail_instance.fleet
  instance_name = each.value.name

  port_info {
    protocol  = "tcp"
    from_port = 3389
    to_port   = 3389
    cidrs     = ["203.0.113.0/24"]
  }
}
