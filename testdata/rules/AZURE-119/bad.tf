resource "azurerm_key_vault_secret" "db" { # want AZURE-119
  name         = "db-password"
  value        = "not-a-real-password"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/acme-kv"
  content_type = "password"
}
