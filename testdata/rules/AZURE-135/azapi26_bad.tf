resource "azapi_resource" "api" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-api"
  parent_id = "/subscriptions/0000/resourceGroups/rg-web"
  location  = "westeurope"
  body = {
    kind = "app"
    properties = {
      serverFarmId = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverfarms/plan"
      httpsOnly    = true
      siteConfig = {
        ftpsState              = "Disabled"
        remoteDebuggingEnabled = true # want AZURE-135 "remoteDebuggingEnabled = true"
        cors = {
          allowedOrigins = ["*"] # want AZURE-141
        }
      }
    }
  }
}

resource "azapi_update_resource" "api_web" {
  type        = "Microsoft.Web/sites/config@2023-12-01"
  resource_id = "${azapi_resource.api.id}/config/web"
  body = {
    properties = {
      remoteDebuggingEnabled = true # want AZURE-135
      remoteDebuggingVersion = "VS2022"
    }
  }
}
