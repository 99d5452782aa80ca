resource "azapi_resource" "pool" {
  type      = "Microsoft.ContainerService/managedClusters/agentPools@2024-09-01"
  name      = "workers"
  parent_id = "/subscriptions/0000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod"
  body = {
    properties = {
      count                  = 3
      vmSize                 = "Standard_D4s_v5"
      mode                   = "User"
      enableEncryptionAtHost = true
    }
  }
}

resource "azapi_update_resource" "pool_private" {
  type        = "Microsoft.ContainerService/managedClusters/agentPools@2024-09-01"
  resource_id = "/subscriptions/0000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod/agentPools/legacy"
  body = {
    properties = { enableNodePublicIP = false }
  }
}
