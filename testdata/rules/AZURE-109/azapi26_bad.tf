resource "azapi_resource" "aks" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "acme-aks"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix              = "acme"
      networkProfile         = { networkPlugin = "azure", networkPolicy = "calico" }
      enableRBAC             = false # want AZURE-109 "enableRBAC = false"
      disableLocalAccounts   = true
      apiServerAccessProfile = { enablePrivateCluster = true }
      agentPoolProfiles      = [{ name = "system", mode = "System", count = 3, vmSize = "Standard_D4ds_v5" }]
    }
  }
}
