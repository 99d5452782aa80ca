resource "azurerm_container_registry" "images" {
  name                          = "acmeimages"
  resource_group_name           = azurerm_resource_group.apps.name
  location                      = azurerm_resource_group.apps.location
  sku                           = "Premium"
  public_network_access_enabled = false
}

resource "azurerm_eventhub_namespace" "events" {
  name                = "acme-events"
  resource_group_name = azurerm_resource_group.apps.name
  location            = azurerm_resource_group.apps.location
  sku                 = "Standard"

  network_rulesets {
    default_action                 = "Deny"
    trusted_service_access_enabled = true
    ip_rule {
      ip_mask = "203.0.113.0/24"
    }
  }
}
