resource "azurerm_linux_web_app" "app" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-app"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "app" {
  name                       = "app-logs"
  target_resource_id         = azurerm_linux_web_app.app.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "AppServiceHTTPLogs"
  }
}

resource "azurerm_windows_web_app" "files" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-win"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}

  logs {
    http_logs {
      file_system {
        retention_in_days = 90
        retention_in_mb   = 100
      }
    }
  }
}

locals {
  function_apps = {
    orders   = true
    invoices = true
  }
}

resource "azurerm_windows_function_app" "apps" { # want AZURE-108 AZURE-147
  for_each                   = local.function_apps
  name                       = "acme-${each.key}"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acme${each.key}"
  storage_account_access_key = "placeholder"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"
  builtin_logging_enabled    = each.value

  site_config {}
}

resource "azurerm_linux_function_app" "defaults" { # want AZURE-108 AZURE-147
  name                       = "acme-defaults"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmedefaults"
  storage_account_access_key = "placeholder"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {}
}

# A slot whose HTTP log goes to Log Analytics through a diagnostic setting.
resource "azurerm_windows_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/sites/acme-win"
  https_only     = true

  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false
  client_certificate_enabled                     = true
  client_certificate_mode                        = "Required"

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "staging" {
  name                       = "staging-http"
  target_resource_id         = azurerm_windows_web_app_slot.staging.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/central"

  enabled_log {
    category = "AppServiceHTTPLogs"
  }
}

resource "azurerm_linux_web_app_slot" "canary" {
  name           = "canary"
  app_service_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/sites/acme-app"
  https_only     = true

  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false
  client_certificate_enabled                     = true
  client_certificate_mode                        = "Required"

  site_config {}

  logs {
    http_logs {
      file_system {
        retention_in_days = 30
        retention_in_mb   = 35
      }
    }
  }
}

# Metrics beside a category group that covers the request logs.
resource "azurerm_linux_web_app" "all_logs" { # want AZURE-108 AZURE-147
  name                       = "acme-all-logs"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "all_logs" {
  name                       = "all-logs"
  target_resource_id         = azurerm_linux_web_app.all_logs.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "allLogs"
  }

  enabled_metric {
    category = "AllMetrics"
  }
}
