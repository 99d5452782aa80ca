# An archive kept a year, and a profile that only streams the Activity
# Log to an event hub (there is no archive to delete).
resource "azurerm_monitor_log_profile" "year" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "northeurope", "global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stactivity"

  retention_policy {
    enabled = true
    days    = 365
  }
}

resource "azurerm_monitor_log_profile" "stream" {
  name               = "stream"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "northeurope", "global"]
  servicebus_rule_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.EventHub/namespaces/ehlogs/authorizationRules/RootManageSharedAccessKey"

  retention_policy {
    enabled = true
    days    = 7
  }
}
