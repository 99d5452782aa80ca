variable "cluster_password" {
  type      = string
  sensitive = true
  default   = "Aurora-Pa55word-2024" # sensitive hides the value in plans, not in the code
}

locals {
  cache_token = "a-long-redis-auth-token-0123456789"
}

resource "aws_db_instance" "orders" { # want AWS-325 # want AWS-391
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = "Sup3r-Secret-Pw" # want AWS-250 "password is a literal"
  storage_encrypted = true

  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_rds_cluster" "aurora" { # want AWS-325 # want AWS-391
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

resource "aws_secretsmanager_secret" "api" { # want AWS-302
  name       = "api"
  kms_key_id = "alias/secrets"
}

resource "aws_secretsmanager_secret_version" "api" {
  secret_id     = aws_secretsmanager_secret.api.id
  secret_string = jsonencode({ username = "api", password = "Api-Pa55word" }) # want AWS-250
}

variable "legacy_db_password" {
  type      = string
  sensitive = true
  default   = "Legacy-Db-Pa55"
}

resource "aws_kinesis_firehose_delivery_stream" "to_warehouse" {
  name        = "to-warehouse"
  destination = "redshift"

  server_side_encryption {
    enabled = true
  }

  redshift_configuration {
    role_arn        = "arn:aws:iam::123456789012:role/firehose-redshift"
    cluster_jdbcurl = "jdbc:redshift://warehouse.abc123.eu-west-1.redshift.amazonaws.com:5439/events"
    username        = "firehose"
    password        = "Fire-Hose-Pa55" # want AWS-250
    data_table_name = "events"
    s3_backup_mode  = "Disabled"

    s3_configuration {
      role_arn   = "arn:aws:iam::123456789012:role/firehose-redshift"
      bucket_arn = "arn:aws:s3:::firehose-staging"
    }
  }
}

resource "aws_opsworks_rds_db_instance" "legacy" {
  stack_id            = "11111111-2222-3333-4444-555555555555"
  rds_db_instance_arn = "arn:aws:rds:eu-west-1:123456789012:db:legacy"
  db_user             = "app"
  db_password         = var.legacy_db_password # want AWS-250
}

resource "aws_pinpoint_app" "push" {
  name = "push"
}

resource "aws_pinpoint_apns_channel" "push" {
  application_id = aws_pinpoint_app.push.application_id
  certificate    = file("${path.module}/apns.pem")
  private_key    = "-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n-----END RSA PRIVATE KEY-----" # want AWS-250
}

variable "warehouse_password" {
  type    = string
  default = "Wareh0use-2024"
}

resource "aws_glue_connection" "warehouse" {
  name = "warehouse"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://warehouse.internal:5432/dw"
    JDBC_ENFORCE_SSL    = "true"
    USERNAME            = "etl"
    PASSWORD            = var.warehouse_password # want AWS-250
  }
}

resource "aws_glue_connection" "events" {
  name            = "events"
  connection_type = "KAFKA"
  connection_properties = {
    KAFKA_BOOTSTRAP_SERVERS   = "b-1.events.kafka.eu-west-1.amazonaws.com:9096"
    KAFKA_SASL_MECHANISM      = "SCRAM-SHA-512"
    KAFKA_SASL_SCRAM_USERNAME = "glue"
    KAFKA_SASL_SCRAM_PASSWORD = "kafka-pass-1234" # want AWS-250
  }
}

resource "aws_cognito_user" "admin" {
  user_pool_id = "eu-west-1_AbCdEfGhI"
  username     = "admin"
  password     = "Adm1n-Passw0rd!" # want AWS-250
}

variable "first_password" {
  type    = string
  default = "Welcome-2024!"
}

# Whoever signs in first with the temporary password sets the user's own.
resource "aws_cognito_user" "operator" {
  user_pool_id       = "eu-west-1_AbCdEfGhI"
  username           = "operator"
  temporary_password = var.first_password # want AWS-250
}

resource "aws_cognito_identity_provider" "google" {
  user_pool_id  = "eu-west-1_AbCdEfGhI"
  provider_name = "Google"
  provider_type = "Google"

  provider_details = {
    authorize_scopes = "email openid"
    client_id        = "123456789012-abc.apps.googleusercontent.com"
    client_secret    = "GOCSPX-abcdefghijklmnopqrstuvwx" # want AWS-250
  }

  attribute_mapping = {
    email    = "email"
    username = "sub"
  }
}
