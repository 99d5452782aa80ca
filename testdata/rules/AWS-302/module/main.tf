# The rotation is written in a child module that is handed the secret's
# ARN: the secret is rotated.
resource "aws_secretsmanager_secret" "partner" {  # want AWS-165
  name = "prod/partner/db"
}

module "rotation" {
  source     = "./rotation"
  secret_arn = aws_secretsmanager_secret.partner.arn
}

# A second secret the module is not handed.
resource "aws_secretsmanager_secret" "unrotated" { # want AWS-302 # want AWS-165
  name = "prod/partner/api-key"
}
