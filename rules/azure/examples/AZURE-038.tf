resource "azurerm_key_vault" "main" {
  # ...
  purge_protection_enabled   = true
  soft_delete_retention_days = 90
}
