variable "days" {
  type = number
}

resource "azurerm_network_watcher_flow_log" "ninety" {
  name                 = "ninety"
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

# 0 days keeps the records forever.
resource "azurerm_network_watcher_flow_log" "forever" {
  name                 = "forever"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/b"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 0
  }
}

# Without a retention policy nothing is deleted.
resource "azurerm_network_watcher_flow_log" "no_policy" {
  name                 = "no-policy"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/c"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = false
    days    = 7
  }
}

# Not known statically: an undecided note.
resource "azurerm_network_watcher_flow_log" "unknown" {
  name                 = "unknown"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/d"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = var.days # want-note AZURE-149
  }
}

# A flow log that is off keeps nothing: AZURE-003 reports it, the retention does not matter.
resource "azurerm_network_watcher_flow_log" "off" {
  name                 = "off"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/e"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = false # want AZURE-003
  retention_policy {
    enabled = true
    days    = 7
  }
}
