# allowSharedKeyAccess left out: the API reads null as true.
resource "azapi_resource" "keys" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmekeys"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = { # want AZURE-166 "allowSharedKeyAccess is not set"
      minimumTlsVersion   = "TLS1_2"
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azapi_update_resource" "keys_on" {
  type        = "Microsoft.Storage/storageAccounts@2023-05-01"
  resource_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmeold"
  body = {
    properties = {
      allowSharedKeyAccess = true # want AZURE-166
    }
  }
}
