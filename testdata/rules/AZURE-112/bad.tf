data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "main" { # want AZURE-112 # want AZURE-169
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

# A diagnostic setting that sends only the vault's metrics, or turns its
# AuditEvent log off (the older log block), exports no audit log.
resource "azurerm_key_vault" "metrics_only" { # want AZURE-112 "neither the AuditEvent log" # want AZURE-169
  name                          = "acme-kv-metrics"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "metrics_only" {
  name                       = "vault-metrics"
  target_resource_id         = azurerm_key_vault.metrics_only.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  metric {
    category = "AllMetrics"
  }
}

resource "azurerm_key_vault" "log_off" { # want AZURE-112 # want AZURE-169
  name                          = "acme-kv-log-off"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "log_off" {
  name               = "vault-audit-off"
  target_resource_id = azurerm_key_vault.log_off.id
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/auditlogs"

  log {
    category = "AuditEvent"
    enabled  = false
  }
}
