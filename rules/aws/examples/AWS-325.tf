resource "aws_db_parameter_group" "postgres" {
  name   = "app-postgres16"
  family = "postgres16"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
}

resource "aws_db_instance" "app" {
  identifier           = "app"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 50
  storage_encrypted    = true
  username             = "app"
  password             = var.db_password
  parameter_group_name = aws_db_parameter_group.postgres.name
}
