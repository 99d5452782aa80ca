variable "apps" {
  type = map(object({ scm_basic_auth = bool }))
  default = {
    orders  = { scm_basic_auth = false }
    billing = { scm_basic_auth = false }
  }
}

variable "scm_basic_auth" {
  type = bool
}

# FTP publishing credentials stay on here: that is AZURE-108's.
resource "azurerm_linux_web_app" "api" { # want AZURE-139 AZURE-114 AZURE-108
  for_each                                       = var.apps
  name                                           = "acme-${each.key}"
  resource_group_name                            = "rg-web"
  location                                       = "westeurope"
  service_plan_id                                = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                                     = true
  webdeploy_publish_basic_authentication_enabled = each.value.scm_basic_auth
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}

resource "azurerm_windows_function_app_slot" "staging" { # want AZURE-139
  name                                           = "staging"
  function_app_id                                = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-jobs"
  storage_account_name                           = "acmejobs"
  https_only                                     = true
  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}

# Not known statically: an undecided note, not a finding.
resource "azurerm_linux_function_app" "reports" { # want AZURE-139
  name                                           = "acme-reports"
  resource_group_name                            = "rg-web"
  location                                       = "westeurope"
  service_plan_id                                = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name                           = "acmereports"
  https_only                                     = true
  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = var.scm_basic_auth # want-note AZURE-147
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}
