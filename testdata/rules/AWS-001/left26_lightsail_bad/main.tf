# Lightsail instances whose firewall nothing replaces: every blueprint's
# default rules open SSH to all IP addresses, the Windows ones RDP too.
resource "aws_lightsail_instance" "linux" { # want AWS-001 "keeps Lightsail's default firewall, which opens port 22 .SSH."
  name              = "app"
  availability_zone = "eu-west-1a"
  blueprint_id      = "amazon_linux_2023"
  bundle_id         = "small_3_0"
}

resource "aws_lightsail_instance" "windows" { # want AWS-001 "ports 22 .SSH., 3389 .RDP. to every IPv4 and IPv6 address"
  name              = "reports"
  availability_zone = "eu-west-1a"
  blueprint_id      = "windows_server_2022"
  bundle_id         = "medium_win_3_0"
}

# The port list below is another instance's: "web" keeps the defaults.
resource "aws_lightsail_instance" "web" { # want AWS-001 "port 22"
  count             = 2
  name              = "web-${count.index}"
  availability_zone = "eu-west-1a"
  blueprint_id      = "ubuntu_22_04"
  bundle_id         = "nano_3_0"
}

resource "aws_lightsail_instance" "worker" {
  name              = "worker"
  availability_zone = "eu-west-1a"
  blueprint_id      = "ubuntu_22_04"
  bundle_id         = "nano_3_0"
}

resource "aws_lightsail_instance_public_ports" "worker" {
  instance_name = aws_lightsail_instance.worker.name

  port_info {
    protocol          = "tcp"
    from_port         = 22
    to_port           = 22
    cidr_list_aliases = ["lightsail-connect"]
  }
}
