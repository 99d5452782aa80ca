resource "azurerm_network_watcher_flow_log" "off" {
  name                      = "off"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/app"
  storage_account_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled                   = false # want AZURE-003
  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_network_watcher_flow_log" "short" {
  name                 = "short"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/main"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 30 # want AZURE-003
  }
}
