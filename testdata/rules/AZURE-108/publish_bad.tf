resource "azurerm_linux_web_app" "shop" { # want AZURE-108 "FTP deployment" # want AZURE-139 AZURE-114
  name                                           = "acme-shop"
  resource_group_name                            = "rg-web"
  location                                       = "westeurope"
  service_plan_id                                = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                                     = true
  webdeploy_publish_basic_authentication_enabled = false
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
  ftp_publish_basic_authentication_enabled       = true # want AZURE-108 "FTP deployment"
  webdeploy_publish_basic_authentication_enabled = false
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}
