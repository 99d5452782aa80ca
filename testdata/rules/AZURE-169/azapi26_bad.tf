resource "azapi_resource" "vault" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "acme-vault"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = {
      tenantId                = "00000000-0000-0000-0000-000000000000"
      sku                     = { family = "A", name = "standard" }
      enableRbacAuthorization = false # want AZURE-169 "enableRbacAuthorization = false"
      enablePurgeProtection   = true
      publicNetworkAccess     = "Disabled"
      accessPolicies          = []
    }
  }
}
