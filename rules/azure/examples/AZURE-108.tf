resource "azurerm_cosmosdb_account" "app" {
  name                          = "acme-cosmos"
  location                      = azurerm_resource_group.app.location
  resource_group_name           = azurerm_resource_group.app.name
  offer_type                    = "Standard"
  local_authentication_disabled = true
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = azurerm_resource_group.app.location
    failover_priority = 0
  }
}
