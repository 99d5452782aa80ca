resource "azurerm_data_factory" "etl" {
  name                            = "acme-etl"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  public_network_enabled          = false
  managed_virtual_network_enabled = true
}
