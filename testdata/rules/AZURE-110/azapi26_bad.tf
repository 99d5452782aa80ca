resource "azapi_resource" "aks" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "acme-aks"
  parent_id = "/subscriptions/0000/resourceGroups/rg-aks"
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix              = "acme"
      disableLocalAccounts   = true
      apiServerAccessProfile = { enablePrivateCluster = true }
      networkProfile = { # want AZURE-110 "networkPolicy is not set"
        networkPlugin = "azure"
      }
      agentPoolProfiles = [{ name = "system", mode = "System", count = 3, vmSize = "Standard_D4ds_v5" }]
    }
  }
}
