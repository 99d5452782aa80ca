# A diagnostic setting on a single resource does not export the
# subscription's Activity Log. Without --account-baseline the missing export
# is only "no evidence" in the checklist report (see baseline/).
resource "azurerm_log_analytics_workspace" "main" {
  name                = "law-security"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_monitor_diagnostic_setting" "workspace_audit" {
  name                       = "workspace-audit"
  target_resource_id         = azurerm_log_analytics_workspace.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "Audit"
  }
}
