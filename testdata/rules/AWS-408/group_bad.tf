# A module that makes the warehouse's parameter groups only: the clusters
# given them are declared by other stacks.
variable "family" {
  type    = string
  default = "redshift-1.0"
}

resource "aws_redshift_parameter_group" "warehouse" {
  name   = "warehouse"
  family = var.family

  parameter {
    name  = "require_ssl"
    value = "true"
  }
  parameter {
    name  = "enable_user_activity_logging"
    value = "false" # want AWS-408 "enable_user_activity_logging = \"false\""
  }
}

resource "aws_redshift_parameter_group" "etl" { # want AWS-408 "enable_user_activity_logging is not set"
  name   = "etl"
  family = var.family

  parameter {
    name  = "require_ssl"
    value = "true"
  }
  parameter {
    name  = "statement_timeout"
    value = "3600000"
  }
}

output "warehouse_group" {
  value = aws_redshift_parameter_group.warehouse.name
}
