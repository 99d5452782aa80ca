# Account-baseline mode: Defender is on, but only resource-level diagnostic # want AZURE-010 AZURE-113
# settings are declared; the subscription's Activity Log is not exported.
resource "azurerm_log_analytics_workspace" "main" {
  name                = "law-security"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_security_center_subscription_pricing" "vms" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}

resource "azurerm_monitor_diagnostic_setting" "workspace_audit" {
  name                       = "workspace-audit"
  target_resource_id         = azurerm_log_analytics_workspace.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "Audit"
  }
}

resource "azurerm_monitor_diagnostic_setting" "vault" {
  name                       = "vault"
  target_resource_id         = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "AuditEvent"
  }
}
