# Before azurerm had webdeploy_publish_basic_authentication_enabled, modules
# set the publishing policies through azapi.
resource "azurerm_linux_web_app" "portal" { # want AZURE-139 AZURE-114 # want AZURE-147 "webdeploy_publish_basic_authentication_enabled is not set"
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

# The ftp policy is turned off, not the scm one.
resource "azapi_update_resource" "portal_ftp" {
  type      = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01"
  name      = "ftp"
  parent_id = azurerm_linux_web_app.portal.id
  body = {
    properties = {
      allow = false
    }
  }
}

resource "azapi_update_resource" "portal_scm" {
  type      = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01"
  name      = "scm"
  parent_id = azurerm_linux_web_app.portal.id
  body = {
    properties = {
      allow = true # want AZURE-147 "body.properties.allow = true"
    }
  }
}

resource "azapi_resource" "staging_scm" {
  type      = "Microsoft.Web/sites/slots/basicPublishingCredentialsPolicies@2023-01-01"
  name      = "scm"
  parent_id = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-portal/slots/staging"
  body = jsonencode({ # want AZURE-147 "lets Web Deploy"
    properties = {
      allow = true
    }
  })
}
