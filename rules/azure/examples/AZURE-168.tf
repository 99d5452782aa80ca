resource "azurerm_storage_account" "reports" {
  name                            = "streportsprod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false

  sas_policy {
    expiration_period = "01.00:00:00"
    expiration_action = "Block"
  }
}
