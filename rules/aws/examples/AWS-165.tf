resource "aws_secretsmanager_secret" "db" {
  name       = "app/db"
  kms_key_id = aws_kms_key.secrets.arn
}
