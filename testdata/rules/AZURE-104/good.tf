variable "tde" {
  type = bool
}

# TDE is on by default.
resource "azurerm_mssql_database" "default" {
  name      = "app"
  server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  sku_name  = "S0"
}

resource "azurerm_mssql_database" "explicit" {
  name                                = "reports"
  server_id                           = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  sku_name                            = "S0"
  transparent_data_encryption_enabled = true
}

resource "azurerm_mssql_database" "unknown" {
  name                                = "audit"
  server_id                           = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  sku_name                            = "S0"
  transparent_data_encryption_enabled = var.tde # want-note AZURE-104
}

resource "azurerm_synapse_sql_pool" "warehouse" {
  name                 = "warehouse"
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Synapse/workspaces/acme"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
  data_encrypted       = true
}
