variable "server_id" {
  type = string
}

# The policy may name this server: it is not decided.
resource "azurerm_mssql_server" "app" { # want-note AZURE-111 # want AZURE-137
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "app" {
  server_id              = var.server_id
  log_monitoring_enabled = true
}

variable "auditing" {
  type = bool
}

resource "azurerm_mssql_database_extended_auditing_policy" "orders" {
  database_id            = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql/databases/orders"
  log_monitoring_enabled = true
  enabled                = var.auditing # want-note AZURE-111
}
