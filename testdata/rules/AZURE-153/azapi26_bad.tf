resource "azapi_resource" "open" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmeopen"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = { # want AZURE-153 "no body.properties.networkAcls"
      minimumTlsVersion    = "TLS1_2"
      allowSharedKeyAccess = false
    }
  }
}
