variable "influx_admin_password" {
  type      = string
  sensitive = true
}

# publicly_accessible defaults to false.
resource "aws_timestreaminfluxdb_db_instance" "events" {
  name                   = "events"
  allocated_storage      = 20
  bucket                 = "events"
  db_instance_type       = "db.influx.medium"
  organization           = "platform"
  username               = "influx_admin"
  password               = var.influx_admin_password
  vpc_subnet_ids         = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  vpc_security_group_ids = ["sg-0a1b2c3d"]
}
