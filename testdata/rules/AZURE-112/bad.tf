data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "main" { # want AZURE-112
  name                          = "acme-kv"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

# A diagnostic setting on another resource does not count.
resource "azurerm_monitor_diagnostic_setting" "other" {
  name                       = "other"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/other-kv"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "AuditEvent"
  }
}

# Nor one whose target can only be a workspace (a data source of another
# type): it cannot be this vault, so the vault is reported, not undecided.
data "azurerm_databricks_workspace" "analytics" {
  name                = "analytics"
  resource_group_name = "rg-data"
}

resource "azurerm_monitor_diagnostic_setting" "workspace" {
  name                       = "workspace"
  target_resource_id         = data.azurerm_databricks_workspace.analytics.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "allLogs"
  }
}
