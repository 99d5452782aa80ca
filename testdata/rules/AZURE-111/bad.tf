resource "azurerm_mssql_server" "unaudited" { # want AZURE-111 "not audited" # want AZURE-137
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
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
  enabled                = false # want AZURE-111 "auditing is turned off"
}

variable "database_auditing" {
  type    = bool
  default = false
}

# A database-level policy switched off through a module-style variable.
resource "azurerm_mssql_database_extended_auditing_policy" "orders" {
  database_id            = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql-off/databases/orders"
  storage_endpoint       = "https://acmeaudit.blob.core.windows.net/"
  log_monitoring_enabled = false
  enabled                = var.database_auditing # want AZURE-111
}

# azurerm 2.x: the server's inline policy, turned off.
resource "azurerm_sql_server" "legacy" { # want AZURE-137
  name                         = "acme-sql-legacy"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_password

  extended_auditing_policy {
    storage_endpoint  = "https://acmeaudit.blob.core.windows.net/"
    retention_in_days = 365
    enabled           = false # want AZURE-111
  }
}

variable "sql_password" {
  type      = string
  sensitive = true
}

variable "synapse_sql_password" {
  type      = string
  sensitive = true
}

# A Synapse workspace whose SQL pools nothing audits.
resource "azurerm_synapse_workspace" "analytics" { # want AZURE-111 "SQL pools are not audited"
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

# A workspace without a workspace policy, whose dedicated SQL pools are
# audited one by one, but one of them has no policy of its own.
resource "azurerm_synapse_workspace" "warehouse" { # want AZURE-111 "dedicated SQL pool azurerm_synapse_sql_pool.staging has none"
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

resource "azurerm_synapse_sql_pool" "reporting" {
  name                 = "reporting"
  synapse_workspace_id = azurerm_synapse_workspace.warehouse.id
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool" "staging" {
  name                 = "staging"
  synapse_workspace_id = azurerm_synapse_workspace.warehouse.id
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = true
}

resource "azurerm_synapse_sql_pool_extended_auditing_policy" "reporting" {
  sql_pool_id            = azurerm_synapse_sql_pool.reporting.id
  log_monitoring_enabled = true
}
