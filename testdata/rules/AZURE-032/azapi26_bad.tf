resource "azapi_resource" "registry" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acmeregistry"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      adminUserEnabled    = true # want AZURE-032 "adminUserEnabled = true"
      publicNetworkAccess = "Disabled"
    }
  }
}
