resource "azapi_resource" "cache" {
  type      = "Microsoft.Cache/redis@2024-03-01"
  name      = "acme-cache"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = { # want AZURE-021 "publicNetworkAccess is not set"
      sku               = { name = "Standard", family = "C", capacity = 1 }
      minimumTlsVersion = "1.2"
    }
  }
}

resource "azapi_resource" "legacy" {
  type      = "Microsoft.Cache/redis@2024-03-01"
  name      = "acme-legacy"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = {
      sku                 = { name = "Standard", family = "C", capacity = 1 }
      publicNetworkAccess = "Disabled"
      enableNonSslPort    = true # want AZURE-102 "enableNonSslPort = true"
    }
  }
}

# In a subnet: no public endpoint.
resource "azapi_resource" "injected" {
  type      = "Microsoft.Cache/redis@2024-03-01"
  name      = "acme-injected"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = {
      sku      = { name = "Premium", family = "P", capacity = 1 }
      subnetId = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/redis"
    }
  }
}
