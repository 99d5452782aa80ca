resource "azurerm_linux_web_app" "app" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
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

resource "azurerm_linux_function_app" "quiet" { # want AZURE-108 AZURE-147
  name                       = "acme-quiet"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmequiet"
  storage_account_access_key = "placeholder"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"
  builtin_logging_enabled    = false # want AZURE-114 "built-in execution logging"

  site_config {}
}

resource "azurerm_function_app" "legacy_quiet" { # want AZURE-146
  name                       = "acme-legacy-quiet"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  app_service_plan_id        = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmelegacyquiet"
  storage_account_access_key = "placeholder"
  https_only                 = true
  client_cert_mode           = "Required"
  enable_builtin_logging     = false # want AZURE-114
}

# A staging slot serves live requests; it keeps no HTTP log of its own.
resource "azurerm_linux_web_app_slot" "staging" { # want AZURE-114
  name           = "staging"
  app_service_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/sites/acme-app"
  https_only     = true

  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false
  client_certificate_enabled                     = true
  client_certificate_mode                        = "Required"

  site_config {}
}

# A diagnostic setting names the app, but sends only its metrics: no
# request is recorded.
resource "azurerm_linux_web_app" "metrics_only" { # want AZURE-114 "only metrics" # want AZURE-108 AZURE-147
  name                       = "acme-metrics-only"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "metrics"
  target_resource_id         = azurerm_linux_web_app.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_metric {
    category = "AllMetrics"
  }
}

# The older log block, turned off, exports nothing either.
resource "azurerm_windows_web_app" "logs_off" { # want AZURE-114 "enable no log category" # want AZURE-108 AZURE-147
  name                       = "acme-logs-off"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {}
}

resource "azurerm_monitor_diagnostic_setting" "logs_off" {
  name               = "logs-off"
  target_resource_id = azurerm_windows_web_app.logs_off.id
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/acmelogs"

  log {
    category = "AppServiceHTTPLogs"
    enabled  = false
  }

  metric {
    category = "AllMetrics"
  }
}
