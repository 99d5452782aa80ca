resource "aws_workspaces_workspace" "analyst" { # want AWS-156 "root_volume_encryption_enabled is not set" AWS-292
  directory_id = "d-1234567890"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "analyst"
}

# The user volume is encrypted, the root volume is not.
resource "aws_workspaces_workspace" "root_off" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = "designer"
  root_volume_encryption_enabled = false # want AWS-156
  user_volume_encryption_enabled = true
  volume_encryption_key          = "alias/aws/workspaces"
}
