resource "azurerm_linux_web_app" "app" {
  name                = "acme-app"
  resource_group_name = azurerm_resource_group.app.name
  location            = azurerm_resource_group.app.location
  service_plan_id     = azurerm_service_plan.app.id
  https_only          = true

  # Deploy with an Entra ID identity; the publishing password stops working on Web Deploy and Kudu.
  webdeploy_publish_basic_authentication_enabled = false

  site_config {}
}
