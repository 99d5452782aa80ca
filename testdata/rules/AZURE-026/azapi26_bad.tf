resource "azapi_resource" "web" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmeweb"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      minimumTlsVersion        = "TLS1_2"
      supportsHttpsTrafficOnly = false # want AZURE-026 "supportsHttpsTrafficOnly = false"
      allowSharedKeyAccess     = false
      publicNetworkAccess      = "Disabled"
    }
  }
}

# A patch that turns it off on an existing account.
resource "azapi_update_resource" "legacy" {
  type        = "Microsoft.Storage/storageAccounts@2023-05-01"
  resource_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmelegacy"
  body = jsonencode({ # want AZURE-026
    properties = {
      supportsHttpsTrafficOnly = false
    }
  })
}
