variable "workspaces_key" {
  type    = string
  default = "alias/aws/workspaces"
}

# The root volume is encrypted, the user volume is not.
resource "aws_workspaces_workspace" "user_off" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = "designer"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = false # want AWS-292 "user_volume_encryption_enabled"
  volume_encryption_key          = var.workspaces_key
}

resource "aws_workspaces_workspace" "user_default" { # want AWS-292 "user_volume_encryption_enabled is not set"
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = "analyst"
  root_volume_encryption_enabled = true
  volume_encryption_key          = var.workspaces_key
}
