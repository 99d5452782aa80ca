# A customer managed key looked up by its alias.
data "aws_kms_key" "secrets" {
  key_id = "alias/app-secrets"
}

resource "aws_secretsmanager_secret" "db" {  # want AWS-302
  name       = "app/db"
  kms_key_id = data.aws_kms_key.secrets.arn
}

data "aws_kms_alias" "secrets" {
  name = "alias/app-secrets"
}

resource "aws_secretsmanager_secret" "api" {  # want AWS-302
  name       = "app/api"
  kms_key_id = data.aws_kms_alias.secrets.target_key_arn
}
