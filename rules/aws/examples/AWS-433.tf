resource "aws_workspaces_ip_group" "offices" {
  name        = "offices"
  description = "Office and VPN egress ranges"

  rules {
    source      = "198.51.100.0/24"
    description = "Head office"
  }

  rules {
    source      = "203.0.113.10/32"
    description = "VPN egress"
  }
}
