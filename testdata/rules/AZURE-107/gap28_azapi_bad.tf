resource "azapi_resource" "edge_pool" {
  type      = "Microsoft.ContainerService/managedClusters/agentPools@2024-09-01"
  name      = "edge"
  parent_id = "/subscriptions/0000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod"
  body = {
    properties = {
      count                  = 2
      vmSize                 = "Standard_D4s_v5"
      mode                   = "User"
      enableEncryptionAtHost = true
      enableNodePublicIP     = true # want AZURE-107 "public IP"
    }
  }
}
