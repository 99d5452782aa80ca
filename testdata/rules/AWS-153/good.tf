resource "aws_ssm_parameter" "db_password" {
  name  = "/app/db/password"
  type  = "SecureString"
  value = "example-only"
}

# Names that point at a secret instead of holding it.
resource "aws_ssm_parameter" "db_secret_arn" {
  name  = "/app/db/password_secret_arn"
  type  = "String"
  value = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db"
}

resource "aws_ssm_parameter" "token_ttl" {
  name  = "/app/auth/token_ttl"
  type  = "String"
  value = "3600"
}

resource "aws_ssm_parameter" "endpoint" {
  name  = "/app/db/endpoint"
  type  = "String"
  value = "db.internal"
}
