resource "azurerm_network_watcher_flow_log" "main" {
  # ...
  enabled = true
  retention_policy {
    enabled = true
    days    = 90
  }
}
