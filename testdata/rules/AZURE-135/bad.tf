resource "azurerm_linux_function_app" "jobs" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                          = "acme-jobs"
  resource_group_name           = "rg-app"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name          = "acmejobsstore"
  storage_uses_managed_identity = true
  https_only                    = true

  site_config {
    remote_debugging_enabled = true # want AZURE-135
    remote_debugging_version = "VS2022"
  }
}

resource "azurerm_app_service" "legacy" { # want AZURE-114 # want AZURE-139
  name                = "acme-legacy"
  location            = "westeurope"
  resource_group_name = "rg-app"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config { # want AZURE-146
    remote_debugging_enabled = true # want AZURE-135
  }
}
