# A shared file system with an access point per application: one names no
# user, one hands out the file system's root, and the for_each ones leave
# the root directory out (/ by default).

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
}

resource "aws_efs_access_point" "legacy" { # want AWS-360 "enforces no POSIX user" AWS-360 "root directory"
  file_system_id = aws_efs_file_system.shared.id
}

resource "aws_efs_access_point" "backup_agent" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = 0
    gid = 0
  }

  root_directory {
    path = "/" # want AWS-360 "root_directory.path"
  }
}

variable "apps" {
  type = map(object({ uid = number, gid = number }))
  default = {
    billing   = { uid = 1001, gid = 1001 }
    reporting = { uid = 1002, gid = 1002 }
  }
}

resource "aws_efs_access_point" "app" { # want AWS-360 "root directory"
  for_each       = var.apps
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = each.value.uid
    gid = each.value.gid
  }
}
