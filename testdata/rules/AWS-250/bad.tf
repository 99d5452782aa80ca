variable "cluster_password" {
  type      = string
  sensitive = true
  default   = "Aurora-Pa55word-2024" # sensitive hides the value in plans, not in the code
}

locals {
  cache_token = "a-long-redis-auth-token-0123456789"
}

resource "aws_db_instance" "orders" { # want AWS-325
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = "Sup3r-Secret-Pw" # want AWS-250 "password is a literal"
  storage_encrypted = true

  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  master_username    = "app"
  master_password    = var.cluster_password # want AWS-250 "var.cluster_password"
  storage_encrypted  = true

  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t3.micro"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = local.cache_token # want AWS-250
}

resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"

  logs { # want AWS-291
    general = true
  }

  user {
    username = "reader"
    password = var.reader_password
  }
  user {
    username = "admin"
    password = "Br0ker-Admin-Pw" # want AWS-250
  }
}

variable "reader_password" {
  type      = string
  sensitive = true
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  vpc_options {
    subnet_ids = ["subnet-0123456789abcdef0"]
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:search-audit"
  }

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "admin"
      master_user_password = "Search-Admin-Pw1" # want AWS-250
    }
  }
}

resource "aws_secretsmanager_secret" "api" {  # want AWS-302
  name       = "api"
  kms_key_id = "alias/secrets"
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = jsonencode({ username = "api", password = "Api-Pa55word" }) # want AWS-250
}
