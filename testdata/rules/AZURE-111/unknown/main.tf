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
