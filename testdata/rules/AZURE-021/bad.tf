resource "azurerm_redis_cache" "default_public" { # want AZURE-021
  name                = "app-sessions"
  location            = "westeurope"
  resource_group_name = "app"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_cache" "explicit_public" {
  name                          = "app-cache"
  location                      = "westeurope"
  resource_group_name           = "app"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = true # want AZURE-021
}
