# Aurora generates the master password and keeps it in Secrets Manager.
resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
}

# Other services: a generated password, kept in Secrets Manager.
resource "random_password" "cache" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "cache" {
  name = "sessions/auth-token"
}

resource "aws_secretsmanager_secret_version" "cache" {
  secret_id     = aws_secretsmanager_secret.cache.id
  secret_string = random_password.cache.result
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = random_password.cache.result
}
