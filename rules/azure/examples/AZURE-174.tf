resource "azurerm_monitor_diagnostic_setting" "config_audit" {
  name                       = "config-audit"
  target_resource_id         = azurerm_app_configuration.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "Audit"
  }
}

resource "azurerm_monitor_diagnostic_setting" "automation_audit" {
  name                       = "automation-audit"
  target_resource_id         = azurerm_automation_account.main.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category_group = "audit"
  }
}
