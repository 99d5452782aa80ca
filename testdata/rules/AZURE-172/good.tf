# Authentication is on by default; Entra ID authentication adds token sign-in.
resource "azurerm_redis_cache" "sessions" {
  name                          = "acme-sessions"
  location                      = "westeurope"
  resource_group_name           = "rg-apps"
  capacity                      = 1
  family                        = "P"
  sku_name                      = "Premium"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  redis_configuration {
    active_directory_authentication_enabled = true
  }
}

resource "azurerm_redis_cache" "explicit" {
  name                          = "acme-explicit"
  location                      = "westeurope"
  resource_group_name           = "rg-apps"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  redis_configuration {
    enable_authentication = true
  }
}
