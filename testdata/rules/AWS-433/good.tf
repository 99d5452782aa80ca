variable "office_ranges" {
  type    = list(string)
  default = ["198.51.100.0/24", "203.0.113.0/25"]
}

resource "aws_workspaces_ip_group" "offices" {
  name = "offices"

  dynamic "rules" {
    for_each = toset(var.office_ranges)
    content {
      source = rules.value
    }
  }

  rules {
    source      = "192.0.2.10"
    description = "VPN egress"
  }
}

resource "aws_workspacesweb_ip_access_settings" "partners" {
  display_name = "partner-portal-restricted"

  ip_rule {
    ip_range = "203.0.113.0/24"
  }
}
