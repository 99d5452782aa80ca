variable "policy_name" {
  type = string
}

# azapi turns the app's scm policy off.
resource "azurerm_windows_web_app" "shop" { # want AZURE-139 AZURE-114
  name                                     = "acme-shop"
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

resource "azapi_update_resource" "shop_scm" {
  type        = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01"
  resource_id = "${azurerm_windows_web_app.shop.id}/basicPublishingCredentialsPolicies/scm"
  body = jsonencode({
    properties = {
      allow = false
    }
  })
}

# Another ARM type through azapi: not a publishing policy.
resource "azapi_resource" "feature" {
  type      = "Microsoft.Web/sites/config@2022-09-01"
  name      = "web"
  parent_id = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-shop"
  body = {
    properties = {
      http20Enabled = true
    }
  }
}

# Which policy this is depends on the caller.
resource "azapi_update_resource" "either" {
  type      = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01"
  name      = var.policy_name # want-note AZURE-147 # want-note AZURE-108
  parent_id = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-shop"
  body = {
    properties = {
      allow = true
    }
  }
}

variable "child_type" {
  type = string
}

variable "template" {
  type = object({ type = string, name = string, parent_id = string, body = any })
}

# A child of the site whose type the caller gives: it may be the policy.
resource "azapi_update_resource" "site_child" {
  type      = "Microsoft.Web/sites/${var.child_type}@2022-09-01" # want-note AZURE-147
  name      = "scm"
  parent_id = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/sites/acme-shop"
  body = {
    properties = {
      allow = true
    }
  }
}

# A template-driven resource of any ARM type: not judged.
resource "azapi_resource" "from_template" {
  type      = var.template.type
  name      = var.template.name
  parent_id = var.template.parent_id
  body      = var.template.body
}
