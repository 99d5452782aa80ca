# AppStream fleets answer IMDSv1 unless disable_imds_v1 is true (false when
# not written).
resource "aws_appstream_fleet" "designers" { # want AWS-311 "IMDSv1"
  name          = "designers"
  instance_type = "stream.standard.medium"
  fleet_type    = "ON_DEMAND"
  image_name    = "AppStream-WinServer2022-01-10-2025"

  compute_capacity {
    desired_instances = 2
  }
}

variable "fleets" {
  type    = map(string)
  default = { support = "stream.standard.small", finance = "stream.standard.medium" }
}

resource "aws_appstream_fleet" "per_team" {
  for_each        = var.fleets
  name            = each.key
  instance_type   = each.value
  image_name      = "AppStream-WinServer2022-01-10-2025"
  disable_imds_v1 = false # want AWS-311

  compute_capacity {
    desired_instances = 1
  }
}

variable "disable_imds_v1" {
  type = bool
}

resource "aws_appstream_fleet" "configurable" {
  name            = "configurable"
  instance_type   = "stream.standard.small"
  image_name      = "AppStream-WinServer2022-01-10-2025"
  disable_imds_v1 = var.disable_imds_v1 # want-note AWS-311

  compute_capacity {
    desired_instances = 1
  }
}
