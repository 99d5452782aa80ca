resource "azurerm_mssql_server" "unaudited" { # want AZURE-111 "not audited" # want AZURE-137
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server" "short" { # want AZURE-137
  name                          = "acme-sql-short"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "short" {
  server_id              = azurerm_mssql_server.short.id
  log_monitoring_enabled = true
  retention_in_days      = 30 # want AZURE-111 "30 days"
}

resource "azurerm_mssql_server" "off" { # want AZURE-137
  name                          = "acme-sql-off"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "off" {
  server_id              = azurerm_mssql_server.off.id
  log_monitoring_enabled = true
  enabled                = false # want AZURE-111
}

resource "azurerm_mssql_server" "inline" { # want AZURE-137
  name                          = "acme-sql-inline"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false

  extended_auditing_policy {
    storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
    retention_in_days = 7 # want AZURE-111
  }
}

# A database-level policy that keeps its audit logs for a week.
resource "azurerm_mssql_database_extended_auditing_policy" "orders" {
  database_id            = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql/databases/orders"
  storage_endpoint       = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days      = 7 # want AZURE-111 "7 days"
  log_monitoring_enabled = false
}

# azurerm 2.x: the database's own inline policy.
resource "azurerm_sql_database" "legacy" {
  name                = "legacy"
  resource_group_name = "rg-data"
  location            = "westeurope"
  server_name         = "acme-sql-forever"

  extended_auditing_policy {
    storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
    retention_in_days = 14 # want AZURE-111 "14 days"
  }
}
