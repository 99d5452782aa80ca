resource "azurerm_network_watcher_flow_log" "short" {
  name                 = "short"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/main"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 30 # want AZURE-149 "retention_policy days = 30, below 90"
  }
}

variable "nsgs" {
  type = map(number)
  default = {
    web  = 7
    data = 30
  }
}

# One flow log per network security group (azurerm 4.x: enabled defaults to true).
resource "azurerm_network_watcher_flow_log" "nsg" {
  for_each                  = var.nsgs
  name                      = "flow-${each.key}"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/${each.key}"
  storage_account_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  retention_policy {
    enabled = true
    days    = each.value # want AZURE-149 AZURE-149
  }
}
