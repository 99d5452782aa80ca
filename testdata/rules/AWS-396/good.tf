variable "enforce_ssl" {
  type    = string
  default = "true"
}

variable "extra_properties" {
  type = map(string)
}

resource "aws_glue_connection" "orders" {
  name = "orders"

  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://orders.cluster-abc.eu-west-1.rds.amazonaws.com:5432/orders"
    JDBC_ENFORCE_SSL    = var.enforce_ssl
    SECRET_ID           = "glue/orders"
  }
}

resource "aws_glue_connection" "billing" {
  name            = "billing"
  connection_type = "JDBC"

  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:mysql://billing.cluster-abc.eu-west-1.rds.amazonaws.com:3306/billing"
    JDBC_ENFORCE_SSL    = "true"
    USERNAME            = "glue"
    PASSWORD            = var.billing_password
  }
}

variable "billing_password" {
  type      = string
  sensitive = true
}

# Properties from a module input without a value: cannot tell.
resource "aws_glue_connection" "dynamic" {
  name                  = "dynamic"
  connection_properties = var.extra_properties # want-note AWS-396
}

# Kafka and network connections have no JDBC session.
resource "aws_glue_connection" "events" {
  name            = "events"
  connection_type = "KAFKA"

  connection_properties = {
    KAFKA_BOOTSTRAP_SERVERS = "b-1.events.abc.kafka.eu-west-1.amazonaws.com:9094"
    KAFKA_SSL_ENABLED       = "true"
  }
}

resource "aws_glue_connection" "vpc" {
  name            = "vpc"
  connection_type = "NETWORK"

  physical_connection_requirements {
    availability_zone      = "eu-west-1a"
    security_group_id_list = ["sg-0123456789abcdef0"]
    subnet_id              = "subnet-0123456789abcdef0"
  }
}
