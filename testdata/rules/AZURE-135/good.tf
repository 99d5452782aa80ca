variable "debug" {
  type    = bool
  default = false
}

variable "debug_from_caller" {
  type = bool
}

# Remote debugging is off unless turned on.
resource "azurerm_linux_function_app" "jobs" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                          = "acme-jobs"
  resource_group_name           = "rg-app"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name          = "acmejobsstore"
  storage_uses_managed_identity = true
  https_only                    = true

  site_config {}
}

resource "azurerm_windows_function_app" "reports" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                          = "acme-reports"
  resource_group_name           = "rg-app"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name          = "acmereportsstore"
  storage_uses_managed_identity = true
  https_only                    = true

  site_config {
    remote_debugging_enabled = var.debug
  }
}

resource "azurerm_windows_function_app_slot" "staging" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                          = "staging"
  function_app_id               = azurerm_windows_function_app.reports.id
  storage_account_name          = "acmereportsstore"
  storage_uses_managed_identity = true
  https_only                    = true

  site_config {
    remote_debugging_enabled = var.debug_from_caller # want-note AZURE-135
  }
}
