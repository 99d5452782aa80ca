# The rotation names its secret by a variable without a value: it may be
# the secret below.
variable "rotated_secret_arn" {
  type = string
}

resource "aws_secretsmanager_secret" "api" { # want-note AWS-302 # want AWS-165
  name = "prod/api/token"
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = var.rotated_secret_arn
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-token"

  rotation_rules {
    automatically_after_days = 30
  }
}

# A rotation for each secret of a map of secrets, iterating over the
# secrets themselves: their ARNs are computed but the keys are known, so,
# as in Terraform, each rotation is an instance that names its secret by
# reference: rotated, neither a finding nor a note.
resource "aws_kms_key" "secrets" {
  description         = "Secrets Manager secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "team" {
  for_each   = toset(["ops", "data"])
  name       = "prod/${each.key}/deploy-key"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "team" {
  for_each            = aws_secretsmanager_secret.team
  secret_id           = each.value.arn
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate-deploy-key"

  rotation_rules {
    automatically_after_days = 30
  }
}
