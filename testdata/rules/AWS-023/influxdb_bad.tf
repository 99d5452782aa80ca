variable "influx_public" {
  type    = bool
  default = true
}

resource "aws_timestreaminfluxdb_db_instance" "metrics" {
  name                   = "metrics"
  allocated_storage      = 20
  bucket                 = "telemetry"
  db_instance_type       = "db.influx.medium"
  organization           = "platform"
  username               = "influx_admin"
  password               = var.influx_password
  vpc_subnet_ids         = ["subnet-0a1b2c3d"]
  vpc_security_group_ids = ["sg-0a1b2c3d"]
  publicly_accessible    = var.influx_public # want AWS-023
}

variable "influx_password" {
  type      = string
  sensitive = true
}
