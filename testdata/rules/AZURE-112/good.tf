data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "main" { # want AZURE-169
  name                          = "acme-kv"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "vault" {
  name                       = "vault-audit"
  target_resource_id         = azurerm_key_vault.main.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_key_vault" "literal" { # want AZURE-169
  name                          = "acme-kv-2"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "literal" {
  name                       = "vault-audit-2"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/acme-kv-2"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "AuditEvent"
  }
}

# The setting reads the vault back through a data source by its name (as a
# shared diagnostics file does): the same vault, covered.
resource "azurerm_key_vault" "by_data" { # want AZURE-169
  name                          = "acme-kv-3"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

data "azurerm_key_vault" "by_data" {
  name                = "acme-kv-3"
  resource_group_name = "rg-sec"
}

resource "azurerm_monitor_diagnostic_setting" "by_data" {
  name                       = "vault-audit-3"
  target_resource_id         = data.azurerm_key_vault.by_data.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "audit"
  }
}

# The older log block is on unless it says enabled = false.
resource "azurerm_key_vault" "legacy_log" { # want AZURE-169
  name                          = "acme-kv-4"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "legacy_log" {
  name               = "vault-audit-4"
  target_resource_id = azurerm_key_vault.legacy_log.id
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/auditlogs"

  log {
    category = "AuditEvent"

    retention_policy {
      enabled = true
      days    = 365
    }
  }

  metric {
    category = "AllMetrics"
  }
}

# The categories come from a variable: not known statically, a note.
variable "vault_log_categories" {
  type = list(string)
}

resource "azurerm_key_vault" "dynamic_logs" { # want AZURE-169
  name                          = "acme-kv-5"
  location                      = "westeurope"
  resource_group_name           = "rg-sec"
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "dynamic_logs" {
  name                       = "vault-audit-5"
  target_resource_id         = azurerm_key_vault.dynamic_logs.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  dynamic "enabled_log" { # want-note AZURE-112
    for_each = var.vault_log_categories
    content {
      category = enabled_log.value
    }
  }
}
