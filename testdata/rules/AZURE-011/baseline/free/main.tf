# Account-baseline mode: a Free pricing is reported where it is written, # want AZURE-113
# not a second time as a missing plan.
resource "azurerm_security_center_subscription_pricing" "vms" {
  tier = "Free"                                                 # want AZURE-011
}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name               = "activity-log"
  target_resource_id = "/subscriptions/00000000-0000-0000-0000-000000000000"
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs"

  enabled_log {
    category_group = "allLogs"
  }
}
