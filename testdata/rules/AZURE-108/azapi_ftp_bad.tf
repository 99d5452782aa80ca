# FTP basic authentication left on, and turned on again through azapi.
resource "azurerm_linux_web_app" "intranet" { # want AZURE-139 AZURE-114 # want AZURE-108 "ftp_publish_basic_authentication_enabled is not set"
  name                                           = "acme-intranet"
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

resource "azapi_update_resource" "intranet_ftp" {
  type        = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01"
  resource_id = "${azurerm_linux_web_app.intranet.id}/basicPublishingCredentialsPolicies/ftp"
  body = jsonencode({ # want AZURE-108 "lets FTP deployment accept"
    properties = {
      allow = true
    }
  })
}
