resource "azurerm_storage_account_customer_managed_key" "records" {
  storage_account_id = azurerm_storage_account.records.id
  key_vault_id       = azurerm_key_vault.main.id
  key_name           = azurerm_key_vault_key.storage.name
}
