resource "azurerm_mssql_server" "app" { # want AZURE-137
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "app" {
  server_id              = azurerm_mssql_server.app.id
  log_monitoring_enabled = true
  retention_in_days      = 365
}

# Retention 0 (the default) keeps audit logs forever.
resource "azurerm_mssql_server" "forever" { # want AZURE-137
  name                          = "acme-sql-forever"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server_extended_auditing_policy" "forever" {
  server_id              = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql-forever"
  log_monitoring_enabled = true
}

variable "audit_days" {
  type    = number
  default = 365
}

# Database-level policies on top of the server's: a year, or the default (forever).
resource "azurerm_mssql_database_extended_auditing_policy" "orders" {
  database_id       = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql-forever/databases/orders"
  storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
  retention_in_days = var.audit_days
}

resource "azurerm_mssql_database_extended_auditing_policy" "billing" {
  database_id            = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql-forever/databases/billing"
  log_monitoring_enabled = true
}

# azurerm 2.x: a database's inline policy keeping logs a year.
resource "azurerm_mssql_database" "legacy" {
  name      = "legacy"
  server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql-forever"

  extended_auditing_policy {
    storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
    retention_in_days = 365
  }
}

# Audited, with short retention: that is AZURE-148's.
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
  retention_in_days      = 30 # want AZURE-148
}

variable "synapse_sql_password" {
  type      = string
  sensitive = true
}

resource "azurerm_synapse_workspace" "analytics" {
  azuread_authentication_only = true
  name                                 = "acme-analytics"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://acmelake.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladminuser"
  sql_administrator_login_password     = var.synapse_sql_password
  managed_virtual_network_enabled      = true
  public_network_access_enabled        = false

  identity {
    type = "SystemAssigned"
  }
}

# Synapse auditing policies have no enabled setting: they audit while they exist.
resource "azurerm_synapse_workspace_extended_auditing_policy" "analytics" {
  synapse_workspace_id   = azurerm_synapse_workspace.analytics.id
  log_monitoring_enabled = true
}

# No workspace policy, but every dedicated SQL pool is audited by a policy
# of its own, one per pool of a for_each.
locals {
  warehouse_pools = toset(["reporting", "staging"])
}

resource "azurerm_synapse_workspace" "warehouse" {
  azuread_authentication_only = true
  name                                 = "acme-warehouse"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://acmelake.dfs.core.windows.net/warehouse"
  sql_administrator_login              = "sqladminuser"
  sql_administrator_login_password     = var.synapse_sql_password
  managed_virtual_network_enabled      = true
  public_network_access_enabled        = false

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_sql_pool" "warehouse" {
  for_each             = local.warehouse_pools
  name                 = each.key
  synapse_workspace_id = azurerm_synapse_workspace.warehouse.id
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool_extended_auditing_policy" "warehouse" {
  for_each               = local.warehouse_pools
  sql_pool_id            = azurerm_synapse_sql_pool.warehouse[each.key].id
  log_monitoring_enabled = true
}
