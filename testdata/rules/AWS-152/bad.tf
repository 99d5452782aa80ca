resource "aws_backup_vault" "main" { # want AWS-152 "kms_key_arn is not set"
  name = "main"
}
