variable "master_password" {
  type      = string
  sensitive = true
}

# Private mode is the default.
resource "aws_lightsail_database" "app" {
  relational_database_name = "app"
  availability_zone        = "us-east-1a"
  master_database_name     = "app"
  master_password          = var.master_password
  master_username          = "app"
  blueprint_id             = "postgres_16"
  bundle_id                = "micro_2_0"
}

resource "aws_lightsail_database" "reports" {
  relational_database_name = "reports"
  availability_zone        = "us-east-1a"
  master_database_name     = "reports"
  master_password          = var.master_password
  master_username          = "reports"
  blueprint_id             = "mysql_8_0"
  bundle_id                = "micro_2_0"
  publicly_accessible      = false
}
