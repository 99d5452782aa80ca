data "azurerm_client_config" "current" {}

# A vault read through a data source whose name is not known statically
# may be this vault: undecided. (With the same name it is this vault, and
# the setting covers it.)
variable "shared_vault_name" {
  type = string
}

data "azurerm_key_vault" "shared" {
  name                = var.shared_vault_name
  resource_group_name = "rg-sec"
}

resource "azurerm_key_vault" "shared" { # want-note AZURE-112 # want AZURE-169
  name                          = "acme-shared-kv"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "shared" {
  name                       = "shared"
  target_resource_id         = data.azurerm_key_vault.shared.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "audit"
  }
}
