# Web Deploy basic authentication is on unless turned off.
resource "azurerm_windows_web_app" "portal" { # want AZURE-147 "webdeploy_publish_basic_authentication_enabled is not set" # want AZURE-114 AZURE-139
  name                                     = "acme-portal"
  resource_group_name                      = "rg-web"
  location                                 = "westeurope"
  service_plan_id                          = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                               = true
  ftp_publish_basic_authentication_enabled = false
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}

variable "scm_basic_auth" {
  type    = bool
  default = true
}

resource "azurerm_linux_function_app" "jobs" { # want AZURE-139
  name                                           = "acme-jobs"
  resource_group_name                            = "rg-web"
  location                                       = "westeurope"
  service_plan_id                                = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name                           = "acmejobs"
  https_only                                     = true
  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = var.scm_basic_auth # want AZURE-147 "Web Deploy"
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}

resource "azurerm_linux_web_app_slot" "staging" { # want AZURE-139 # want AZURE-114
  name                                           = "staging"
  app_service_id                                 = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-shop"
  https_only                                     = true
  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = true # want AZURE-147
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}
