resource "azapi_resource" "api" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-api"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "functionapp,linux"
    properties = { # want AZURE-101 "httpsOnly is not set"
      serverFarmId = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverfarms/plan"
      siteConfig = {
        ftpsState = "Disabled"
      }
    }
  }
}
