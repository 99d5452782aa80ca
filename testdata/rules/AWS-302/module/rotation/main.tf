variable "secret_arn" {
  type = string
}

resource "aws_secretsmanager_secret_rotation" "this" {
  secret_id           = var.secret_arn
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-partner-db"

  rotation_rules {
    automatically_after_days = 30
  }
}
