resource "aws_efs_access_point" "billing" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = 1001
    gid = 1001
  }

  root_directory {
    path = "/apps/billing"
    creation_info {
      owner_uid   = 1001
      owner_gid   = 1001
      permissions = "0750"
    }
  }
}
