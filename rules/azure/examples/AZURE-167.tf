resource "azurerm_container_registry_webhook" "deploy" {
  name                = "deployhook"
  resource_group_name = azurerm_resource_group.main.name
  registry_name       = azurerm_container_registry.main.name
  location            = azurerm_resource_group.main.location
  service_uri         = "https://deploy.example.com/hooks/acr"
  status              = "enabled"
  scope               = "app:*"
  actions             = ["push"]
}
