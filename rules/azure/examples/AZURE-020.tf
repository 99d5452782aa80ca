resource "azurerm_mssql_server" "app" {
  name                          = "app-sql"
  resource_group_name           = azurerm_resource_group.app.name
  location                      = azurerm_resource_group.app.location
  version                       = "12.0"
  public_network_access_enabled = false
}
