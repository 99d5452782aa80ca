resource "aws_lightsail_database" "app" {
  relational_database_name = "app"
  availability_zone        = "us-east-1a"
  master_database_name     = "app"
  master_password          = "change-me-please"
  master_username          = "app"
  blueprint_id             = "postgres_16"
  bundle_id                = "micro_2_0"
  publicly_accessible      = true # want AWS-023
}
