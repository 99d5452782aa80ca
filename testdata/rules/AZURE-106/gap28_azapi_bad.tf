resource "azapi_resource" "vm" {
  type      = "Microsoft.Compute/virtualMachines@2024-07-01"
  name      = "vm-app"
  parent_id = "/subscriptions/0000/resourceGroups/rg-app"
  location  = "westeurope"
  body = {
    properties = {
      hardwareProfile = { vmSize = "Standard_D2s_v5" }
      securityProfile = {
        encryptionAtHost = false # want AZURE-106 "encryptionAtHost = false"
      }
    }
  }
}

resource "azapi_resource" "vmss" {
  type      = "Microsoft.Compute/virtualMachineScaleSets@2024-07-01"
  name      = "vmss-web"
  parent_id = "/subscriptions/0000/resourceGroups/rg-app"
  location  = "westeurope"
  body = jsonencode({ # want AZURE-106 "virtualMachineProfile.securityProfile.encryptionAtHost is not set"
    sku = { name = "Standard_D2s_v5", capacity = 2 }
    properties = {
      virtualMachineProfile = {
        storageProfile = {
          osDisk = { createOption = "FromImage" }
        }
      }
    }
  })
}

resource "azapi_resource" "pool" {
  type      = "Microsoft.ContainerService/managedClusters/agentPools@2024-09-01"
  name      = "workers"
  parent_id = "/subscriptions/0000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod"
  body = {
    properties = { # want AZURE-106 "enableEncryptionAtHost is not set"
      count  = 3
      vmSize = "Standard_D4s_v5"
      mode   = "User"
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
      enableDiskEncryption = false # want AZURE-106 "enableDiskEncryption = false"
    }
  }
}

# Patches an existing VM and turns encryption at host off.
resource "azapi_update_resource" "legacy_vm" {
  type        = "Microsoft.Compute/virtualMachines@2024-07-01"
  resource_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Compute/virtualMachines/vm-legacy"
  body = {
    properties = {
      securityProfile = { encryptionAtHost = false } # want AZURE-106 "legacy_vm"
    }
  }
}
