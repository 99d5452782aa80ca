resource "azapi_resource" "vm" {
  type      = "Microsoft.Compute/virtualMachines@2024-07-01"
  name      = "vm-app"
  parent_id = "/subscriptions/0000/resourceGroups/rg-app"
  location  = "westeurope"
  body = {
    properties = {
      hardwareProfile = { vmSize = "Standard_D2s_v5" }
      securityProfile = {
        encryptionAtHost = true
      }
    }
  }
}

resource "azapi_resource" "vmss" {
  type      = "Microsoft.Compute/virtualMachineScaleSets@2024-07-01"
  name      = "vmss-web"
  parent_id = "/subscriptions/0000/resourceGroups/rg-app"
  location  = "westeurope"
  body = jsonencode({
    sku = { name = "Standard_D2s_v5", capacity = 2 }
    properties = {
      virtualMachineProfile = {
        securityProfile = { encryptionAtHost = true }
      }
    }
  })
}

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

resource "azapi_resource" "adx" {
  type      = "Microsoft.Kusto/clusters@2023-08-15"
  name      = "adxprod"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    sku = { name = "Standard_E8ads_v5", tier = "Standard", capacity = 2 }
    properties = {
      enableDiskEncryption = true
    }
  }
}

# An update that leaves encryption at host alone changes nothing about it.
resource "azapi_update_resource" "vm_tags" {
  type        = "Microsoft.Compute/virtualMachines@2024-07-01"
  resource_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-legacy"
  body = {
    tags = { owner = "platform" }
  }
}

# Another ARM type: not judged.
resource "azapi_resource" "rg" {
  type     = "Microsoft.Resources/resourceGroups@2024-03-01"
  name     = "rg-app"
  location = "westeurope"
  body     = {}
}
