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

resource "azurerm_key_vault_key" "signing" {
  name            = "signing"
  key_vault_id    = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme"
  key_type        = "EC"
  curve           = "P-256"
  key_opts        = ["sign", "verify"]
  expiration_date = "2027-06-30T00:00:00Z"

  rotation_policy {
    automatic {
      time_after_creation = "P180D"
    }
  }
}

# Each version the rotation policy creates expires after 90 days.
resource "azurerm_key_vault_key" "data" {
  name         = "data"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme"
  key_type     = "RSA"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after         = "P90D"
    notify_before_expiry = "P29D"
    automatic {
      time_before_expiry = "P30D"
    }
  }
}
