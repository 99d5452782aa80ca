# Each application gets its own directory and identity on the shared file
# system.

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

variable "apps" {
  type = map(object({ uid = number, gid = number }))
  default = {
    billing   = { uid = 1001, gid = 1001 }
    reporting = { uid = 1002, gid = 1002 }
  }
}

resource "aws_efs_access_point" "app" {
  for_each       = var.apps
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid            = each.value.uid
    gid            = each.value.gid
    secondary_gids = [2000]
  }

  root_directory {
    path = "/apps/${each.key}"
    creation_info {
      owner_uid   = each.value.uid
      owner_gid   = each.value.gid
      permissions = "0750"
    }
  }
}
