variable "contractor_ranges" {
  type = list(object({ source = string, description = string }))
  default = [
    { source = "198.51.100.0/24", description = "Contractor office" },
    { source = "0.0.0.0/0", description = "Temporary: anyone" },
  ]
}

resource "aws_workspaces_ip_group" "contractors" {
  name        = "contractors"
  description = "Contractor desktops"

  dynamic "rules" {
    for_each = var.contractor_ranges
    content {
      source      = rules.value.source # want AWS-433 "0.0.0.0/0"
      description = rules.value.description
    }
  }
}

resource "aws_workspaces_directory" "corp" {
  directory_id = "d-1234567890"
  subnet_ids   = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  ip_group_ids = [aws_workspaces_ip_group.contractors.id]
}

resource "aws_workspacesweb_ip_access_settings" "portal" {
  display_name = "partner-portal"

  ip_rule {
    ip_range    = "203.0.113.0/24"
    description = "Head office"
  }

  ip_rule {
    ip_range = "::/0" # want AWS-433 "::/0"
  }
}
