variable "public" {
  type = bool
}

resource "azurerm_redis_cache" "ok_private" {
  name                          = "app-sessions"
  location                      = "westeurope"
  resource_group_name           = "app"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
}

resource "azurerm_redis_cache" "ok_unknown" {
  name                          = "app-cache"
  location                      = "westeurope"
  resource_group_name           = "app"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = var.public # want-note AZURE-021
}

# A Premium cache injected into a virtual network.
resource "azurerm_redis_cache" "ok_vnet" {
  name                = "app-premium"
  location            = "westeurope"
  resource_group_name = "app"
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
  subnet_id           = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/app/subnets/redis"
}
