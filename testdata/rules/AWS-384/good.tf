variable "sources" {
  type = map(object({ host = string, database = string }))
  default = {
    sales   = { host = "sales.internal.example.com", database = "sales" }
    finance = { host = "finance.internal.example.com", database = "finance" }
  }
}

resource "aws_quicksight_data_source" "warehouse" {
  for_each       = var.sources
  data_source_id = each.key
  name           = each.key
  type           = "POSTGRESQL"

  parameters {
    postgresql {
      host     = each.value.host
      port     = 5432
      database = each.value.database
    }
  }

  ssl_properties {
    disable_ssl = false
  }
}

# No ssl_properties: QuickSight uses SSL.
resource "aws_quicksight_data_source" "redshift" {
  data_source_id = "redshift"
  name           = "redshift"
  type           = "REDSHIFT"

  parameters {
    redshift {
      host     = "dw.abc123.eu-west-1.redshift.amazonaws.com"
      port     = 5439
      database = "dw"
    }
  }
}
