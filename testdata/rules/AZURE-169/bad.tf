data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "app" {
  name     = "rg-app"
  location = "westeurope"
}

# The provider's default: access policies.
resource "azurerm_key_vault" "app" { # want AZURE-169 "access policies" AZURE-112
  name                       = "acme-app-kv"
  location                   = azurerm_resource_group.app.location
  resource_group_name        = azurerm_resource_group.app.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  soft_delete_retention_days = 90

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }

  access_policy {
    tenant_id          = data.azurerm_client_config.current.tenant_id
    object_id          = data.azurerm_client_config.current.object_id
    secret_permissions = ["Get", "List", "Set"]
  }
}

variable "use_rbac" {
  type    = bool
  default = false
}

# azurerm 3.x spelling, turned off by the module's default.
resource "azurerm_key_vault" "shared" { # want AZURE-169 "enable_rbac_authorization = false" AZURE-112
  name                      = "acme-shared-kv"
  location                  = azurerm_resource_group.app.location
  resource_group_name       = azurerm_resource_group.app.name
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "premium"
  purge_protection_enabled  = true
  enable_rbac_authorization = var.use_rbac

  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}

resource "azurerm_key_vault_access_policy" "deployer" {
  key_vault_id       = azurerm_key_vault.shared.id
  tenant_id          = data.azurerm_client_config.current.tenant_id
  object_id          = data.azurerm_client_config.current.object_id
  key_permissions    = ["Get", "Create", "WrapKey", "UnwrapKey"]
  secret_permissions = ["Get"]
}
