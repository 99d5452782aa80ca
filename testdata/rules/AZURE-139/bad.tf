resource "azurerm_linux_web_app" "api" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-api"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
  }

  logs {
    http_logs {
      file_system {
        retention_in_days = 90
        retention_in_mb   = 35
      }
    }
  }
}

resource "azurerm_linux_function_app" "jobs" { # want AZURE-108 AZURE-147
  name                       = "acme-jobs"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmejobs"
  storage_account_access_key = "placeholder"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Optional" # want AZURE-139

  site_config {}
}

resource "azurerm_windows_web_app" "portal" { # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-portal"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  auth_settings_v2 {
    auth_enabled = false
  }

  site_config {}

  logs {
    http_logs {
      file_system {
        retention_in_days = 90
        retention_in_mb   = 35
      }
    }
  }
}

resource "azurerm_app_service" "legacy" { # want AZURE-139 # want AZURE-146
  name                = "acme-legacy"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  auth_settings {
    enabled = false
  }

  logs {
    http_logs {
      file_system {
        retention_in_days = 90
        retention_in_mb   = 35
      }
    }
  }
}

# Authentication is on, but unauthenticated requests reach the app anyway.
resource "azurerm_linux_web_app" "anonymous" { # want AZURE-139
  name                                           = "acme-anonymous"
  resource_group_name                            = "rg-apps"
  location                                       = "westeurope"
  service_plan_id                                = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only                                     = true
  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false

  site_config {}

  auth_settings_v2 {
    auth_enabled           = true
    unauthenticated_action = "AllowAnonymous"

    login {}

    active_directory_v2 {
      client_id            = "00000000-0000-0000-0000-000000000000"
      tenant_auth_endpoint = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"
    }
  }

  logs {
    http_logs {
      file_system {
        retention_in_days = 30
        retention_in_mb   = 35
      }
    }
  }
}
