resource "azurerm_key_vault_secret" "db" { # want AZURE-119
  name         = "db-password"
  value        = "not-a-real-password"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/acme-kv"
  content_type = "password"
}

resource "azurerm_key_vault_key" "signing" { # want AZURE-119
  name         = "signing"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme"
  key_type     = "EC"
  curve        = "P-256"
  key_opts     = ["sign", "verify"]

  rotation_policy {
    automatic {
      time_before_expiry = "P30D"
    }
  }
}
