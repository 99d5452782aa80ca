# A cache injected into a subnet with authentication turned off (azurerm 3.x spelling).
resource "azurerm_redis_cache" "sessions" {
  name                = "acme-sessions"
  location            = "westeurope"
  resource_group_name = "rg-apps"
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
  minimum_tls_version = "1.2"
  subnet_id           = azurerm_subnet.cache.id

  redis_configuration {
    enable_authentication = false # want AZURE-172
  }
}

# The azurerm 4.x spelling, set from a module input left at its default.
variable "cache_auth" {
  type    = bool
  default = false
}

resource "azurerm_redis_cache" "queue" {
  name                = "acme-queue"
  location            = "westeurope"
  resource_group_name = "rg-apps"
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
  minimum_tls_version = "1.2"
  subnet_id           = azurerm_subnet.cache.id

  redis_configuration {
    authentication_enabled = var.cache_auth # want AZURE-172
  }
}

resource "azurerm_subnet" "cache" {
  name                 = "cache"
  resource_group_name  = "rg-apps"
  virtual_network_name = "apps"
  address_prefixes     = ["10.0.4.0/24"]
}
