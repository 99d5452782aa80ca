resource "azurerm_mssql_database" "app" {
  name                                = "app"
  server_id                           = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  sku_name                            = "S0"
  transparent_data_encryption_enabled = false # want AZURE-104
}
