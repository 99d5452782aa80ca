resource "azurerm_mssql_database" "app" {
  name                                = "app"
  server_id                           = azurerm_mssql_server.app.id
  sku_name                            = "S0"
  transparent_data_encryption_enabled = true
}
