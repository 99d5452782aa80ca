resource "aws_ssm_parameter" "db_password" {
  name   = "/app/db/password"
  type   = "SecureString"
  key_id = aws_kms_key.params.arn
  value  = random_password.db.result
}
