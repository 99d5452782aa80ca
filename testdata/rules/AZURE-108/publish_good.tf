variable "apps" {
  type    = set(string)
  default = ["orders", "billing"]
}

locals {
  publishing = {
    ftp       = false
    webdeploy = false
  }
}

resource "azurerm_linux_web_app" "api" { # want AZURE-139 AZURE-114
  for_each                                       = var.apps
  name                                           = "acme-${each.key}"
  resource_group_name                            = "rg-web"
  location                                       = "westeurope"
  service_plan_id                                = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                                     = true
  ftp_publish_basic_authentication_enabled       = local.publishing.ftp
  webdeploy_publish_basic_authentication_enabled = local.publishing.webdeploy
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}
