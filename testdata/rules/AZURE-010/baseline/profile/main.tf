# Account-baseline mode: a legacy log profile exports the Activity Log too. # want AZURE-113
resource "azurerm_security_center_subscription_pricing" "vms" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}

resource "azurerm_monitor_log_profile" "main" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs"

  retention_policy {
    enabled = true
    days    = 365
  }
}
