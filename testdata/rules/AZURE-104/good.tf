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
