locals {
  vault_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme"
}

resource "azurerm_key_vault_key" "data" { # want AZURE-037
  name         = "data"
  key_vault_id = local.vault_id
  key_type     = "RSA"
  key_size        = 3072
  key_opts        = ["wrapKey", "unwrapKey"]
  expiration_date = "2027-06-30T00:00:00Z"
}

# A rotation policy that only sets an expiry: nothing rotates the key.
resource "azurerm_key_vault_key" "expiring" {
  name         = "expiring"
  key_vault_id = local.vault_id
  key_type     = "EC"
  curve        = "P-256"
  key_opts     = ["sign", "verify"]

  rotation_policy { # want AZURE-037
    expire_after         = "P365D"
    notify_before_expiry = "P30D"
  }
}

resource "azurerm_key_vault_managed_hardware_security_module_key" "hsm" { # want AZURE-037
  name           = "hsm"
  managed_hsm_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/acme"
  key_type       = "RSA-HSM"
  key_size       = 3072
  key_opts       = ["wrapKey", "unwrapKey"]
}

variable "rotate_after" {
  type    = string
  default = ""
}

# An automatic block whose trigger is left empty: no rotation is scheduled.
resource "azurerm_key_vault_key" "signing" {
  name            = "signing"
  key_vault_id    = local.vault_id
  key_type        = "RSA"
  key_size        = 3072
  key_opts        = ["sign", "verify"]
  expiration_date = "2027-06-30T00:00:00Z"

  rotation_policy {
    expire_after = "P2Y"
    automatic { # want AZURE-037 "neither time_after_creation nor time_before_expiry"
      time_after_creation = var.rotate_after
    }
  }
}
