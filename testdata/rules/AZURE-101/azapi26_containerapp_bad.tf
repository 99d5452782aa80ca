resource "azapi_resource" "api" {
  type      = "Microsoft.App/containerApps@2024-03-01"
  name      = "acme-api"
  parent_id = "/subscriptions/0000/resourceGroups/rg-apps"
  location  = "westeurope"
  body = {
    properties = {
      managedEnvironmentId = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.App/managedEnvironments/env"
      configuration = {
        ingress = {
          external      = true
          targetPort    = 8080
          allowInsecure = true # want AZURE-101 "allowInsecure = true"
        }
      }
      template = {
        containers = [{ name = "api", image = "mcr.microsoft.com/k8se/quickstart:latest" }]
      }
    }
  }
}
