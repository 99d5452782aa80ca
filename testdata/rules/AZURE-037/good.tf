variable "rotation_policies" {
  type = list(any)
}

resource "azurerm_key_vault_key" "ok_rotating" {
  name         = "ok-rotating"
  key_vault_id = local.vault_id
  key_type     = "RSA"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    automatic {
      time_before_expiry = "P30D"
    }
    expire_after         = "P365D"
    notify_before_expiry = "P29D"
  }
}

resource "azurerm_key_vault_managed_hardware_security_module_key" "ok_hsm" {
  name           = "ok-hsm"
  managed_hsm_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/acme"
  key_type       = "RSA-HSM"
  key_size       = 3072
  key_opts       = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after_duration = "P365D"
    automatic {
      duration_after_creation = "P180D"
    }
  }
}

# Not known statically: not reported.
resource "azurerm_key_vault_key" "ok_dynamic" {
  name         = "ok-dynamic"
  key_vault_id = local.vault_id
  key_type     = "RSA"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]

  dynamic "rotation_policy" { # want-note AZURE-037
    for_each = var.rotation_policies
    content {
      expire_after = rotation_policy.value.expire_after
      automatic {
        time_before_expiry = rotation_policy.value.time_before_expiry
      }
    }
  }
}

variable "rotation_period" {
  type = string
}

# The period is the module caller's: a trigger is set.
resource "azurerm_key_vault_key" "ok_caller_period" {
  name         = "ok-caller-period"
  key_vault_id = local.vault_id
  key_type     = "RSA"
  key_size     = 3072
  key_opts     = ["wrapKey", "unwrapKey"]

  rotation_policy {
    expire_after = "P2Y"
    automatic {
      time_after_creation = var.rotation_period
    }
  }
}
