resource "azurerm_servicebus_namespace" "orders" {
  name                = "acme-orders"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "Premium"
  capacity            = 1
}

resource "azurerm_monitor_diagnostic_setting" "orders_logs" {
  name                       = "orders-logs"
  target_resource_id         = azurerm_servicebus_namespace.orders.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category_group = "allLogs"
  }

  metric {
    category = "AllMetrics"
  }
}
