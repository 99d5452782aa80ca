variable "enabled" {
  type = bool
}

resource "azurerm_network_watcher_flow_log" "on" {
  name                 = "on"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/a"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 90
  }
}

# azurerm 4.x: enabled defaults to true.
resource "azurerm_network_watcher_flow_log" "default" {
  name                 = "default"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/b"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  retention_policy {
    enabled = true
    days    = 0
  }
}

# On, with short retention: that is AZURE-149's.
resource "azurerm_network_watcher_flow_log" "short" {
  name                 = "short"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/c"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 30 # want AZURE-149
  }
}

# Not known statically: an undecided note.
resource "azurerm_network_watcher_flow_log" "unknown" {
  name                 = "unknown"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/d"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = var.enabled # want-note AZURE-003
  retention_policy {
    enabled = true
    days    = 90
  }
}
