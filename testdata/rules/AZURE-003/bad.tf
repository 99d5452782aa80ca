resource "azurerm_network_watcher_flow_log" "off" {
  name                      = "off"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/app"
  storage_account_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled                   = false # want AZURE-003 "enabled = false"
  retention_policy {
    enabled = true
    days    = 90
  }
}

variable "flow_logs" {
  type = map(bool)
  default = {
    web  = false
    data = false
  }
}

# One flow log per virtual network, each switched off.
resource "azurerm_network_watcher_flow_log" "vnet" {
  for_each             = var.flow_logs
  name                 = "flow-${each.key}"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/${each.key}"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = each.value # want AZURE-003
  retention_policy {
    enabled = true
    days    = 365
  }
}
