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
    disable_ssl = false
  }
}
