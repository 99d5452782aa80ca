resource "azurerm_linux_web_app" "app" {
  name                = "acme-app"
  resource_group_name = azurerm_resource_group.app.name
  location            = azurerm_resource_group.app.location
  service_plan_id     = azurerm_service_plan.app.id
  https_only          = true

  site_config {
    ftps_state = "FtpsOnly" # or "Disabled"
  }
}
