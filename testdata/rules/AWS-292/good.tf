resource "aws_kms_key" "workspaces" {
  description         = "WorkSpaces volumes"
  enable_key_rotation = true
}

locals {
  desktops = {
    finance = "wsb-bh8rsxt14"
    support = "wsb-clj85qzj1"
  }
}

resource "aws_workspaces_workspace" "desktop" {
  for_each = local.desktops

  directory_id                   = "d-1234567890"
  bundle_id                      = each.value
  user_name                      = each.key
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true
  volume_encryption_key          = aws_kms_key.workspaces.arn
}
