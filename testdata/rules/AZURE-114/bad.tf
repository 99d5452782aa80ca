resource "azurerm_linux_web_app" "app" { # want AZURE-114 # want AZURE-139
  name                = "acme-app"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}

  logs {
    application_logs {
      file_system_level = "Warning"
    }
  }
}
