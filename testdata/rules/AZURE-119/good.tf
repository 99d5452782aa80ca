resource "azurerm_key_vault_secret" "db" {
  name            = "db-password"
  value           = "not-a-real-password"
  key_vault_id    = "/subscriptions/0000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/acme-kv"
  content_type    = "password"
  expiration_date = "2026-12-31T00:00:00Z"
}

resource "time_rotating" "api_key" {
  rotation_days = 90
}

resource "azurerm_key_vault_secret" "api" {
  name            = "api-key"
  value           = "not-a-real-key"
  key_vault_id    = "/subscriptions/0000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/acme-kv"
  content_type    = "api-key"
  expiration_date = time_rotating.api_key.rotation_rfc3339
}
