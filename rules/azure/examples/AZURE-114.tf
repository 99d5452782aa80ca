resource "azurerm_monitor_diagnostic_setting" "app" {
  name                       = "app-logs"
  target_resource_id         = azurerm_linux_web_app.app.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "AppServiceHTTPLogs"
  }
}
