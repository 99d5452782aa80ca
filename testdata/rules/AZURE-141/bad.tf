resource "azurerm_linux_web_app" "api" { # want AZURE-108 AZURE-147
  name                       = "acme-api"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    cors {
      allowed_origins = ["https://app.example.com", "*"] # want AZURE-141
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

resource "azurerm_windows_function_app" "hooks" { # want AZURE-108 AZURE-147
  name                       = "acme-hooks"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmehooks"
  storage_account_access_key = "placeholder"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    cors {
      allowed_origins     = ["*"] # want AZURE-141
      support_credentials = false
    }
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "acme-legacy"
  resource_group_name = "rg-apps"
  location            = "westeurope"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true
  client_cert_enabled = true
  client_cert_mode    = "Required"

  site_config { # want AZURE-146
    cors {
      allowed_origins = ["*"] # want AZURE-141
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
