variable "frontends" {
  type    = list(string)
  default = ["https://app.example.com", "https://admin.example.com"]
}

variable "extra_origins" {
  type = list(string)
}

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
      allowed_origins     = var.frontends
      support_credentials = true
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

resource "azurerm_linux_function_app" "jobs" { # want AZURE-108 AZURE-147
  name                       = "acme-jobs"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmejobs"
  storage_account_access_key = "placeholder"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {}
}

resource "azurerm_linux_function_app" "partner" { # want AZURE-108 AZURE-147
  name                       = "acme-partner"
  resource_group_name        = "rg-apps"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-apps/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmepartner"
  storage_account_access_key = "placeholder"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    cors {
      allowed_origins = concat(["https://partner.example.com"], var.extra_origins) # want-note AZURE-141
    }
  }
}
