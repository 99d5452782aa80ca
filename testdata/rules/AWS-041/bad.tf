locals {
  efs_encrypted = false
}

resource "aws_efs_file_system" "default_off" { # want AWS-041
  creation_token = "default-off"
}

resource "aws_efs_file_system" "explicit_off" {
  creation_token = "explicit-off"
  encrypted      = false # want AWS-041
}

resource "aws_efs_file_system" "via_local" {
  creation_token = "via-local"
  encrypted      = local.efs_encrypted # want AWS-041
}
