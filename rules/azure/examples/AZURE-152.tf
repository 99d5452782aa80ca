# No 0.0.0.0 rule: the app reaches the server through a private endpoint.
resource "azurerm_private_endpoint" "sql" {
  name                = "acme-sql"
  location            = "westeurope"
  resource_group_name = "rg-data"
  subnet_id           = azurerm_subnet.data.id

  private_service_connection {
    name                           = "acme-sql"
    private_connection_resource_id = azurerm_mssql_server.app.id
    subresource_names              = ["sqlServer"]
    is_manual_connection           = false
  }
}
