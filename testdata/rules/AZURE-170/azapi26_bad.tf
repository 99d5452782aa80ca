resource "azapi_resource" "docs" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "acme-docs"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "GlobalDocumentDB"
    properties = { # want AZURE-108
      databaseAccountOfferType           = "Standard"
      locations                          = [{ locationName = "westeurope", failoverPriority = 0 }]
      publicNetworkAccess                = "Disabled"
      disableKeyBasedMetadataWriteAccess = false # want AZURE-170 "disableKeyBasedMetadataWriteAccess = false"
    }
  }
}
