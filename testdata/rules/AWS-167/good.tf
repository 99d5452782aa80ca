variable "ssl_mode" {
  type = string
}

resource "aws_dms_endpoint" "source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms"
  ssl_mode      = "verify-full"
}

# S3 endpoints take no ssl_mode.
resource "aws_dms_endpoint" "archive" {
  endpoint_id   = "archive"
  endpoint_type = "target"
  engine_name   = "s3"
}

resource "aws_dms_endpoint" "chosen" {
  endpoint_id   = "chosen"
  endpoint_type = "target"
  engine_name   = "mysql"
  server_name   = "warehouse.internal"
  port          = 3306
  username      = "dms"
  ssl_mode      = var.ssl_mode # want-note AWS-167
}

# Redis targets use TLS (ssl-encryption) unless told otherwise.
resource "aws_dms_endpoint" "cache" {
  endpoint_id   = "orders-cache"
  endpoint_type = "target"
  engine_name   = "redis"

  redis_settings {
    server_name = "cache.internal"
    port        = 6379
    auth_type   = "none"
  }
}

# Without the (required) engine_name, an SSL mode that encrypts is fine.
resource "aws_dms_endpoint" "legacy" {
  endpoint_id   = "orders-legacy"
  endpoint_type = "source"
  server_name   = "legacy.internal"
  port          = 1433
  ssl_mode      = "require"
}
