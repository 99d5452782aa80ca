resource "azurerm_storage_account" "data" {
  # ...
  public_network_access_enabled = false
}

resource "azurerm_private_endpoint" "data_blob" {
  name                = "data-blob"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  subnet_id           = azurerm_subnet.endpoints.id

  private_service_connection {
    name                           = "data-blob"
    private_connection_resource_id = azurerm_storage_account.data.id
    subresource_names              = ["blob"]
    is_manual_connection           = false
  }
}
