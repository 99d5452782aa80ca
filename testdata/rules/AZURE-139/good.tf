variable "cert_mode" {
  type = string
}

resource "azurerm_linux_web_app" "api" { # want AZURE-108 AZURE-147
  name                       = "acme-api"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  client_certificate_exclusion_paths = "/healthz"

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
  client_certificate_mode    = var.cert_mode # want-note AZURE-139

  site_config {}
}

# App Service authentication signs callers in instead of client certificates.
resource "azurerm_linux_web_app" "intranet" { # want AZURE-108 AZURE-147
  name                = "acme-intranet"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  auth_settings_v2 {
    auth_enabled           = true
    require_authentication = true
    unauthenticated_action = "RedirectToLoginPage"

    active_directory_v2 {
      client_id            = "00000000-0000-0000-0000-000000000001"
      tenant_auth_endpoint = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"
    }

    login {}
  }

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

resource "azurerm_app_service" "legacy_signin" { # want AZURE-146
  name                = "acme-legacy-signin"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  auth_settings {
    enabled          = true
    default_provider = "AzureActiveDirectory"

    active_directory {
      client_id = "00000000-0000-0000-0000-000000000002"
    }
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
