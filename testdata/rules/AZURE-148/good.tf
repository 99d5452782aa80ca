resource "azurerm_mssql_server" "app" { # want AZURE-137
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "app" {
  server_id              = azurerm_mssql_server.app.id
  storage_endpoint       = "https://acmeaudit.blob.core.windows.net/"
  log_monitoring_enabled = true
  retention_in_days      = 90
}

# Retention 0 (the default) keeps audit logs forever; a server without a
# policy is AZURE-111's, not this rule's.
resource "azurerm_mssql_server" "unaudited" { # want AZURE-111 AZURE-137
  name                          = "acme-sql-unaudited"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_database_extended_auditing_policy" "forever" {
  database_id            = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql/databases/orders"
  log_monitoring_enabled = true
}

resource "azurerm_mssql_database_extended_auditing_policy" "zero" {
  database_id            = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql/databases/billing"
  storage_endpoint       = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days      = 0
  log_monitoring_enabled = false
}

# Auditing off keeps nothing: AZURE-111 reports it, the retention does not matter.
resource "azurerm_mssql_database_extended_auditing_policy" "off" {
  database_id       = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql/databases/reports"
  storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days = 7
  enabled           = false # want AZURE-111
}

variable "audit_days" {
  type = number
}

resource "azurerm_mssql_database_extended_auditing_policy" "unknown" {
  database_id       = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql/databases/archive"
  storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days = var.audit_days # want-note AZURE-148
}

resource "azurerm_synapse_sql_pool_extended_auditing_policy" "dw" {
  sql_pool_id       = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Synapse/workspaces/acme-analytics/sqlPools/dw"
  storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days = 180
}
