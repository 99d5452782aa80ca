resource "azapi_resource" "aks" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "acme-aks"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = { # want AZURE-035 "no authorized IP ranges"
      dnsPrefix            = "acme"
      networkProfile       = { networkPlugin = "azure", networkPolicy = "calico" }
      disableLocalAccounts = true
      aadProfile           = { managed = true, enableAzureRBAC = true }
      agentPoolProfiles    = [{ name = "system", mode = "System", count = 3, vmSize = "Standard_D4ds_v5" }]
    }
  }
}

# The AVM-style patch after creation: the whole internet authorized.
resource "azapi_update_resource" "ranges" {
  type        = "Microsoft.ContainerService/managedClusters@2024-09-01"
  resource_id = azapi_resource.aks.id
  body = {
    properties = {
      apiServerAccessProfile = {
        authorizedIPRanges = ["0.0.0.0/0"] # want AZURE-035 "0.0.0.0/0"
      }
    }
  }
}
