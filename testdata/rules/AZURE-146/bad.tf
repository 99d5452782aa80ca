# Plain FTP written on the site configuration: deployment credentials and
# code cross the network unencrypted, though the app itself serves HTTPS only.
resource "azurerm_linux_web_app" "ftp" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-ftp"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state          = "AllAllowed" # want AZURE-146
    minimum_tls_version = "1.2"
  }
}

# The legacy resource: FTP allowed through a variable's default.
variable "ftp_mode" {
  type    = string
  default = "AllAllowed"
}

resource "azurerm_function_app" "legacy" { # want AZURE-139
  name                       = "acme-legacy-func"
  location                   = "westeurope"
  resource_group_name        = "rg-app"
  app_service_plan_id        = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name       = "acmefuncstore"
  storage_account_access_key = "not-a-real-key"
  https_only                 = true

  site_config {
    ftps_state = var.ftp_mode # want AZURE-146
  }
}

# The legacy resources leave ftps_state to Azure, which creates the app with
# FTP and FTPS both allowed: a site_config without it, or none at all.
resource "azurerm_app_service" "legacy_site" { # want AZURE-101 # want AZURE-114 # want AZURE-139
  name                = "acme-legacy-site"
  location            = "westeurope"
  resource_group_name = "rg-app"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"

  site_config { # want AZURE-146
    min_tls_version = "1.2"
  }
}

resource "azurerm_function_app_slot" "legacy_staging" { # want AZURE-139 # want AZURE-146
  name                       = "staging"
  location                   = "westeurope"
  resource_group_name        = "rg-app"
  app_service_plan_id        = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  function_app_name          = "acme-legacy-func"
  storage_account_name       = "acmefuncstore"
  storage_account_access_key = "not-a-real-key"
  https_only                 = true
}
