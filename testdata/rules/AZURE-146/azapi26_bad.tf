# siteConfig without ftpsState: App Service's default, AllAllowed.
resource "azapi_resource" "api" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-api"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "app"
    properties = {
      serverFarmId = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverfarms/plan"
      httpsOnly    = true
      siteConfig = { # want AZURE-146 "ftpsState is not set"
        minTlsVersion = "1.2"
      }
    }
  }
}

resource "azapi_resource" "api_web" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "web"
  parent_id = azapi_resource.api.id
  body = {
    properties = {
      ftpsState = "AllAllowed" # want AZURE-146 "AllAllowed"
    }
  }
}
