resource "azurerm_container_registry" "images" {
  # name, resource_group_name, location as for any registry
  sku                    = "Premium"
  admin_enabled          = false
  anonymous_pull_enabled = false
}
