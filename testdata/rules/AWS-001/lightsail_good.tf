variable "office_cidr" {
  type    = string
  default = "203.0.113.10/32"
}

resource "aws_lightsail_instance" "wordpress_private" {
  name              = "blog"
  availability_zone = "us-east-1a"
  blueprint_id      = "wordpress"
  bundle_id         = "small_3_0"
}

resource "aws_lightsail_instance_public_ports" "wordpress_private" {
  instance_name = aws_lightsail_instance.wordpress_private.name

  # Web ports open to everyone are fine.
  port_info {
    protocol   = "tcp"
    from_port  = 80
    to_port    = 80
    cidrs      = ["0.0.0.0/0"]
    ipv6_cidrs = ["::/0"]
  }

  port_info {
    protocol  = "tcp"
    from_port = 443
    to_port   = 443
  }

  port_info {
    protocol  = "tcp"
    from_port = 22
    to_port   = 22
    cidrs     = [var.office_cidr]
  }

  # The browser-based SSH client of the Lightsail console only.
  port_info {
    protocol          = "tcp"
    from_port         = 22
    to_port           = 22
    cidr_list_aliases = ["lightsail-connect"]
  }

  port_info {
    protocol  = "icmp"
    from_port = 8
    to_port   = -1
  }
}
