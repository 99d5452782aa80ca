resource "azurerm_redis_cache" "sessions" {
  name                          = "acme-sessions"
  location                      = azurerm_resource_group.apps.location
  resource_group_name           = azurerm_resource_group.apps.name
  capacity                      = 1
  family                        = "P"
  sku_name                      = "Premium"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  redis_configuration {
    active_directory_authentication_enabled = true
  }
}
