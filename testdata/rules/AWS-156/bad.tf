resource "aws_workspaces_workspace" "analyst" { # want AWS-156 "root_volume_encryption_enabled is not set"
  directory_id = "d-1234567890"
  bundle_id    = "wsb-bh8rsxt14"
  user_name    = "analyst"
}

resource "aws_workspaces_workspace" "user_off" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-bh8rsxt14"
  user_name                      = "designer"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = false # want AWS-156
  volume_encryption_key          = "alias/aws/workspaces"
}
