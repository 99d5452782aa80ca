resource "aws_dms_endpoint" "source" {
  endpoint_id   = "orders-source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = aws_db_instance.orders.address
  port          = 5432
  database_name = "orders"
  username      = "dms"
  password      = var.dms_password
  ssl_mode      = "require"
}
