variable "apps" {
  type    = set(string)
  default = ["orders", "billing"]
}

locals {
  publishing = {
    ftp = false
  }
}

# FTP publishing credentials off; Web Deploy (SCM) basic authentication is AZURE-147's.
resource "azurerm_linux_web_app" "api" { # want AZURE-139 AZURE-114 AZURE-147
  for_each                                 = var.apps
  name                                     = "acme-${each.key}"
  resource_group_name                      = "rg-web"
  location                                 = "westeurope"
  service_plan_id                          = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                               = true
  ftp_publish_basic_authentication_enabled = local.publishing.ftp
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}
