resource "azapi_resource" "vault" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "acme-vault"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = jsonencode({ # want AZURE-038 "enablePurgeProtection is not set"
    properties = {
      tenantId                = "00000000-0000-0000-0000-000000000000"
      sku                     = { family = "A", name = "standard" }
      enableRbacAuthorization = true
      publicNetworkAccess     = "Disabled"
    }
  })
}
