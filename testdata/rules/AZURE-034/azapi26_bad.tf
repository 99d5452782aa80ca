resource "azapi_resource" "allow" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmeallow"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      minimumTlsVersion    = "TLS1_2"
      allowSharedKeyAccess = false
      networkAcls = {
        bypass        = "AzureServices"
        defaultAction = "Allow" # want AZURE-034 "defaultAction"
      }
    }
  }
}

# A vault without network ACLs admits every network.
resource "azapi_resource" "vault" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "acme-vault"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = { # want AZURE-034 "no body.properties.networkAcls"
      tenantId                = "00000000-0000-0000-0000-000000000000"
      sku                     = { family = "A", name = "standard" }
      enableRbacAuthorization = true
      enablePurgeProtection   = true
    }
  }
}

resource "azapi_resource" "docs" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "acme-docs"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "GlobalDocumentDB"
    properties = { # want AZURE-034 "no body.properties.ipRules"
      databaseAccountOfferType = "Standard"
      locations                = [{ locationName = "westeurope", failoverPriority = 0 }]
      disableLocalAuth         = true
    }
  }
}
