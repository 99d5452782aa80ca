resource "aws_secretsmanager_secret" "db" { # want AWS-165 "kms_key_id is not set"
  name = "app/db"
}
