# A flow log whose target is not known statically (a variable without a
# value) may be on this group: it is given the benefit of the doubt.
variable "target_id" {
  type = string
}

resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_network_watcher_flow_log" "app" {
  name                 = "app"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = var.target_id
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 365
  }
}
