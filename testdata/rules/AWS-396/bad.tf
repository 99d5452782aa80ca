variable "databases" {
  type = map(object({ host = string, port = number, name = string }))
  default = {
    orders  = { host = "orders.cluster-abc.eu-west-1.rds.amazonaws.com", port = 5432, name = "orders" }
    billing = { host = "billing.cluster-abc.eu-west-1.rds.amazonaws.com", port = 3306, name = "billing" }
  }
}

# connection_type left out: a JDBC connection, and JDBC_ENFORCE_SSL left out
# (false by default).
resource "aws_glue_connection" "source" {
  for_each = var.databases
  name     = "src-${each.key}"

  connection_properties = { # want AWS-396
    JDBC_CONNECTION_URL = "jdbc:postgresql://${each.value.host}:${each.value.port}/${each.value.name}"
    SECRET_ID           = "glue/${each.key}"
  }

  physical_connection_requirements {
    availability_zone      = "eu-west-1a"
    security_group_id_list = ["sg-0123456789abcdef0"]
    subnet_id              = "subnet-0123456789abcdef0"
  }
}

# Written false.
resource "aws_glue_connection" "warehouse" {
  name            = "warehouse"
  connection_type = "JDBC"

  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:redshift://warehouse.abc.eu-west-1.redshift.amazonaws.com:5439/dev"
    JDBC_ENFORCE_SSL    = "false" # want AWS-396
    SECRET_ID           = "glue/warehouse"
  }
}
