resource "azurerm_mssql_database" "app" {
  name                                = "app"
  server_id                           = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  sku_name                            = "S0"
  transparent_data_encryption_enabled = false # want AZURE-104
}

# Synapse dedicated SQL pools leave TDE off by default.
resource "azurerm_synapse_sql_pool" "warehouse" { # want AZURE-104
  name                 = "warehouse"
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Synapse/workspaces/acme"
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = "GRS"
}
