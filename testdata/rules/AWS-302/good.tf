# Every secret is rotated: by reference, through for_each, by its name, by
# its complete ARN, and (providers before v5) inline.
resource "aws_kms_key" "secrets" {
  description         = "Secrets Manager secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/orders/db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_lambda_function" "rotate" {
  function_name = "rotate-secrets"
  role          = "arn:aws:iam::111122223333:role/rotate-secrets"
  runtime       = "python3.12"
  handler       = "rotate.handler"
  filename      = "rotate.zip"
}

locals {
  services = toset(["orders", "billing"])
}

resource "aws_secretsmanager_secret" "service" {
  for_each   = local.services
  name       = "prod/${each.key}/db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "service" {
  for_each            = local.services
  secret_id           = aws_secretsmanager_secret.service[each.key].arn
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    schedule_expression = "rate(30 days)"
  }
}

resource "aws_secretsmanager_secret" "by_name" {
  name       = "prod/reports/db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "by_name" {
  secret_id           = "prod/reports/db"
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 60
  }
}

resource "aws_secretsmanager_secret" "by_arn" {
  name       = "prod/search/db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "by_arn" {
  secret_id           = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/search/db-Xy12Ab"
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 60
  }
}

# Provider versions before 5 rotated a secret with inline arguments.
resource "aws_secretsmanager_secret" "inline" {
  name                = "prod/legacy/db"
  kms_key_id          = aws_kms_key.secrets.arn
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

# The database's master password is the RDS-managed secret, which RDS
# rotates itself: there is no secret resource to judge.
resource "aws_db_instance" "orders" {  # want AWS-183 AWS-325 # want AWS-391
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "orders"
  manage_master_user_password = true
  storage_encrypted           = true
}

# A rotation for each secret of a map of secrets, iterating over the
# secrets themselves.
resource "aws_secretsmanager_secret" "team" {  # want AWS-165
  for_each = toset(["ops", "data"])
  name     = "prod/${each.key}/deploy-key"
}

resource "aws_secretsmanager_secret_rotation" "team" {
  for_each            = aws_secretsmanager_secret.team
  secret_id           = each.value.arn
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

# The rotation names the secret through its version: the version's
# secret_id is the secret's ARN.
resource "aws_secretsmanager_secret" "via_version" {
  name       = "prod/billing/db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "via_version" {
  secret_id = aws_secretsmanager_secret.via_version.id
  secret_string = jsonencode({
    username = "billing"
    password = random_password.billing.result
  })
}

resource "random_password" "billing" {
  length = 32
}

resource "aws_secretsmanager_secret_rotation" "via_version" {
  secret_id           = aws_secretsmanager_secret_version.via_version.secret_id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}
