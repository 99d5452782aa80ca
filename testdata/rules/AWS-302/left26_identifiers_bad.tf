# Secrets that hold or may hold a credential, though identifiers sit beside it.
variable "api_token" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "secrets" {
  description         = "Application secrets"
  enable_key_rotation = true
}

resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_sns_topic" "exports" {
  name              = "exports"
  kms_master_key_id = aws_kms_key.secrets.arn
}

# A generated password beside the topic's ARN.
resource "aws_secretsmanager_secret" "generated" { # want AWS-302
  name       = "app/generated"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "generated" {
  secret_id = aws_secretsmanager_secret.generated.id
  secret_string = jsonencode({
    topic  = aws_sns_topic.exports.arn
    value  = random_password.db.result
  })
}

# A value given at apply time.
resource "aws_secretsmanager_secret" "given" { # want AWS-302
  name       = "app/given"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "given" {
  secret_id     = aws_secretsmanager_secret.given.id
  secret_string = "${aws_sns_topic.exports.arn}:${var.api_token}"
}

# A database's endpoint with its master password.
resource "aws_db_instance" "orders" { # want AWS-325
  identifier                          = "orders"
  engine                              = "postgres"
  instance_class                      = "db.t4g.micro"
  allocated_storage                   = 20
  username                            = "orders"
  password                            = random_password.db.result
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  deletion_protection                 = true
  multi_az                            = true
  backup_retention_period             = 7
  auto_minor_version_upgrade          = true
  copy_tags_to_snapshot               = true
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
  performance_insights_enabled        = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
}

resource "aws_secretsmanager_secret" "orders_db" { # want AWS-302
  name       = "app/orders-db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "orders_db" {
  secret_id = aws_secretsmanager_secret.orders_db.id
  secret_string = jsonencode({
    host = aws_db_instance.orders.address
    pass = aws_db_instance.orders.password
  })
}

# Literal text named like a credential.
resource "aws_secretsmanager_secret" "literal" { # want AWS-302
  name       = "app/literal"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "literal" {
  secret_id     = aws_secretsmanager_secret.literal.id
  secret_string = "topic=${aws_sns_topic.exports.arn};token=${aws_kms_key.secrets.key_id}"
}

# No version in this configuration: something else writes the value.
resource "aws_secretsmanager_secret" "external" { # want AWS-302
  name       = "app/external"
  kms_key_id = aws_kms_key.secrets.arn
}
