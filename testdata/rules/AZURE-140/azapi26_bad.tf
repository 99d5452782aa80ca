resource "azapi_resource" "registry" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acmeregistry"
  parent_id = "/subscriptions/0000/resourceGroups/rg-aks"
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      adminUserEnabled     = false
      anonymousPullEnabled = true # want AZURE-140 "anonymousPullEnabled = true"
      publicNetworkAccess  = "Disabled"
    }
  }
}
