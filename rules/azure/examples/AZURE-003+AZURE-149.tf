resource "azurerm_network_watcher_flow_log" "main" {
  # ...
  enabled = true
  retention_policy {
    enabled = true
    days    = 90 # or 0 to keep records forever
  }
}
