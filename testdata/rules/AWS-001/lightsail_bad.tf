variable "ssh_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "aws_lightsail_instance" "wordpress" {
  name              = "blog"
  availability_zone = "us-east-1a"
  blueprint_id      = "wordpress"
  bundle_id         = "small_3_0"
}

# The firewall resource replaces the instance's whole port list.
resource "aws_lightsail_instance_public_ports" "wordpress" {
  instance_name = aws_lightsail_instance.wordpress.name

  port_info {
    protocol  = "tcp"
    from_port = 443
    to_port   = 443
  }

  port_info {
    protocol  = "tcp"
    from_port = 22
    to_port   = 22
    cidrs     = var.ssh_cidrs # want AWS-001 "SSH. to 0.0.0.0/0"
  }

  # No range given: Lightsail opens the port to every IPv4 address.
  port_info { # want AWS-001 "MySQL. to every IPv4 address"
    protocol  = "tcp"
    from_port = 3306
    to_port   = 3306
  }

  port_info {
    protocol   = "all"
    from_port  = 0
    to_port    = 65535
    ipv6_cidrs = ["::/0"] # want AWS-001 "all ports"
  }
}
