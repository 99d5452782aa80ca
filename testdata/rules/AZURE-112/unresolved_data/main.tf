data "azurerm_client_config" "current" {}

# A key vault data source not declared here (its module's caller reads it)
# may be this vault: undecided.
resource "azurerm_key_vault" "shared" { # want-note AZURE-112
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
