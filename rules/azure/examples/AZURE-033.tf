resource "azurerm_storage_account" "assets" {
  # ...
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_container" "assets" {
  name                  = "assets"
  storage_account_id    = azurerm_storage_account.assets.id
  container_access_type = "private"
}
