# Both publishing policies turned off through azapi, for each app.
resource "azurerm_linux_web_app" "sites" { # want AZURE-139 AZURE-114
  for_each = toset(["docs", "status"])

  name                = "acme-${each.key}"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true
  site_config {
    ftps_state          = "Disabled"
    minimum_tls_version = "1.2"
  }
}

resource "azapi_update_resource" "basic_auth_off" {
  for_each = { for pair in setproduct(["docs", "status"], ["ftp", "scm"]) : "${pair[0]}-${pair[1]}" => { site = pair[0], policy = pair[1] } }

  type      = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01"
  name      = each.value.policy
  parent_id = azurerm_linux_web_app.sites[each.value.site].id
  body = {
    properties = {
      allow = false
    }
  }
}
