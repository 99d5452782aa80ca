resource "azurerm_network_watcher_flow_log" "main" {
  name                 = "vnet-main"
  network_watcher_name = azurerm_network_watcher.main.name
  resource_group_name  = azurerm_resource_group.main.name
  target_resource_id   = azurerm_virtual_network.main.id
  storage_account_id   = azurerm_storage_account.flow_logs.id
  enabled              = true
  retention_policy {
    enabled = true
    days    = 90
  }
}
