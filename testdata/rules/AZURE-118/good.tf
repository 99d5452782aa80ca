variable "regions" {
  type    = list(string)
  default = ["westeurope", "northeurope"]
}

resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = concat(["global"], var.regions)
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/acmelogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}
