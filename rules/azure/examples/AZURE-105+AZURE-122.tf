resource "azurerm_managed_disk" "data" {
  name                   = "data"
  resource_group_name    = azurerm_resource_group.app.name
  location               = azurerm_resource_group.app.location
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = azurerm_disk_encryption_set.cmk.id
}
