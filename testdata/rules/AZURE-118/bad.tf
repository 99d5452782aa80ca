resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Write", "Delete"] # want AZURE-118 "Action"
  locations          = ["westeurope"]      # want AZURE-118 "global"
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/acmelogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}
