# Secrets that no rotation names: Secrets Manager keeps each value until
# someone changes it by hand.
resource "aws_secretsmanager_secret" "stripe" { # want AWS-302 "aws_secretsmanager_secret.stripe is never rotated: no aws_secretsmanager_secret_rotation of its root module or template names it"
  name        = "prod/payments/stripe-api-key"
  description = "Stripe restricted key used by the payments service"
  kms_key_id  = aws_kms_key.secrets.arn
}

resource "aws_kms_key" "secrets" {
  description         = "Secrets Manager secrets"
  enable_key_rotation = true
}

# One secret per service; the rotation covers the database secret only.
locals {
  services = toset(["orders", "billing"])
}

resource "aws_secretsmanager_secret" "service" { # want AWS-302 "aws_secretsmanager_secret.service"
  for_each   = local.services
  name       = "prod/${each.key}/signing-key"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/orders/db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:SecretsManagerRDSPostgreSQLRotationSingleUser"

  rotation_rules {
    automatically_after_days = 30
  }
}

# A rotation that names another secret by name: it does not rotate this one.
resource "aws_secretsmanager_secret" "webhook" { # want AWS-302
  name       = "prod/orders/webhook-token"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "legacy" {
  secret_id           = "prod/legacy/db"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-legacy"

  rotation_rules {
    automatically_after_days = 30
  }
}
