resource "azapi_resource" "docs" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "acme-docs"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "GlobalDocumentDB"
    properties = { # want AZURE-108 "disableLocalAuth is not set" # want AZURE-170
      databaseAccountOfferType = "Standard"
      locations                = [{ locationName = "westeurope", failoverPriority = 0 }]
      publicNetworkAccess      = "Disabled"
    }
  }
}

resource "azapi_resource" "aks" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "acme-aks"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix              = "acme"
      networkProfile         = { networkPlugin = "azure", networkPolicy = "calico" }
      disableLocalAccounts   = false # want AZURE-108 "disableLocalAccounts = false"
      aadProfile             = { managed = true, enableAzureRBAC = true }
      apiServerAccessProfile = { enablePrivateCluster = true }
      agentPoolProfiles      = [{ name = "system", mode = "System", count = 3, vmSize = "Standard_D4ds_v5" }]
    }
  }
}

resource "azapi_resource" "bus" {
  type      = "Microsoft.ServiceBus/namespaces@2022-10-01-preview"
  name      = "acme-bus"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    sku = { name = "Premium", tier = "Premium", capacity = 1 }
    properties = { # want AZURE-108 "shared access keys"
      minimumTlsVersion   = "1.2"
      publicNetworkAccess = "Disabled"
    }
  }
}
