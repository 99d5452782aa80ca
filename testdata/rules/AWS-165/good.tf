resource "aws_kms_key" "secrets" {
  description         = "secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db" {  # want AWS-302
  name       = "app/db"
  kms_key_id = aws_kms_key.secrets.arn
}
