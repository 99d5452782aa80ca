variable "reporting_db_disable_ssl" {
  type    = bool
  default = true
}

resource "aws_quicksight_data_source" "orders" {
  data_source_id = "orders"
  name           = "orders"
  type           = "POSTGRESQL"

  parameters {
    postgresql {
      host     = "orders.cluster-abc.eu-west-1.rds.amazonaws.com"
      port     = 5432
      database = "orders"
    }
  }

  ssl_properties {
    disable_ssl = true # want AWS-384 "without SSL"
  }
}

resource "aws_quicksight_data_source" "reporting" {
  data_source_id = "reporting"
  name           = "reporting"
  type           = "MYSQL"

  parameters {
    mysql {
      host     = "reporting.internal.example.com"
      port     = 3306
      database = "reporting"
    }
  }

  ssl_properties {
    disable_ssl = var.reporting_db_disable_ssl # want AWS-384
  }
}
