data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "app" { # want AZURE-112
  name                       = "acme-app-kv"
  location                   = "westeurope"
  resource_group_name        = "rg-app"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}

# The application reads the one secret it needs.
resource "azurerm_role_assignment" "app_secret_reader" {
  scope                = "${azurerm_key_vault.app.id}/secrets/db-password"
  role_definition_name = "Key Vault Secrets User"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

variable "vaults" {
  type = map(object({ sku = string }))
  default = {
    payments = { sku = "premium" }
    reports  = { sku = "standard" }
  }
}

# azurerm 3.x spelling, for each team's vault.
resource "azurerm_key_vault" "team" { # want AZURE-112
  for_each                  = var.vaults
  name                      = "acme-${each.key}-kv"
  location                  = "westeurope"
  resource_group_name       = "rg-teams"
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = each.value.sku
  purge_protection_enabled  = true
  enable_rbac_authorization = true

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}

variable "rbac" {
  type = bool
}

# Decided by the caller.
resource "azurerm_key_vault" "caller" { # want AZURE-112
  name                       = "acme-caller-kv"
  location                   = "westeurope"
  resource_group_name        = "rg-app"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = var.rbac # want-note AZURE-169

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}
