resource "azapi_resource" "assets" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmeassets"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      minimumTlsVersion     = "TLS1_2"
      allowBlobPublicAccess = true # want AZURE-103 "allowBlobPublicAccess = true"
      allowSharedKeyAccess  = false
      publicNetworkAccess   = "Disabled"
    }
  }
}
