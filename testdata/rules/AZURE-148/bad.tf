resource "azurerm_mssql_server" "short" { # want AZURE-137
  name                          = "acme-sql-short"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "short" {
  server_id              = azurerm_mssql_server.short.id
  storage_endpoint       = "https://acmeaudit.blob.core.windows.net/"
  log_monitoring_enabled = true
  retention_in_days      = 30 # want AZURE-148 "retention_in_days = 30, below 90"
}

resource "azurerm_mssql_server" "inline" { # want AZURE-137
  name                          = "acme-sql-inline"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false

  extended_auditing_policy {
    storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
    retention_in_days = 7 # want AZURE-148
  }
}

variable "databases" {
  type = map(number)
  default = {
    orders  = 7
    billing = 14
  }
}

# Database-level policies, one per database, each keeping a week or two.
resource "azurerm_mssql_database_extended_auditing_policy" "db" {
  for_each               = var.databases
  database_id            = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql-inline/databases/${each.key}"
  storage_endpoint       = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days      = each.value # want AZURE-148 AZURE-148
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
    retention_in_days = 14 # want AZURE-148 "14"
  }
}

# Synapse: a workspace policy and a SQL pool policy keeping a month.
resource "azurerm_synapse_workspace_extended_auditing_policy" "analytics" {
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Synapse/workspaces/acme-analytics"
  storage_endpoint     = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days    = 30 # want AZURE-148
}

resource "azurerm_synapse_sql_pool_extended_auditing_policy" "dw" {
  sql_pool_id       = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Synapse/workspaces/acme-analytics/sqlPools/dw"
  storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days = 31 # want AZURE-148
}
