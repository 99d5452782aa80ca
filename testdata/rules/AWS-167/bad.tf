resource "aws_dms_endpoint" "source" { # want AWS-167 "ssl_mode is not set, and the default is none"
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
  port          = 5432
  database_name = "orders"
  username      = "dms"
}

resource "aws_dms_endpoint" "target" {
  endpoint_id   = "orders-target"
  endpoint_type = "target"
  engine_name   = "mysql"
  server_name   = "warehouse.internal"
  port          = 3306
  username      = "dms"
  ssl_mode      = "none" # want AWS-167
}

resource "aws_dms_endpoint" "cache" {
  endpoint_id   = "orders-cache"
  endpoint_type = "target"
  engine_name   = "redis"

  redis_settings {
    server_name           = "cache.internal"
    port                  = 6379
    auth_type             = "none"
    ssl_security_protocol = "plaintext" # want AWS-167 "Redis"
  }
}

# engine_name is required; an endpoint written without one but with an SSL
# mode (which only database engines take) is judged by that mode.
resource "aws_dms_endpoint" "legacy" {
  endpoint_id   = "orders-legacy"
  endpoint_type = "source"
  server_name   = "legacy.internal"
  port          = 1433
  ssl_mode      = "none" # want AWS-167
}
