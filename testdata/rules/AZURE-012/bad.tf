resource "azurerm_log_analytics_workspace" "default_retention" { # want AZURE-012
  name                = "law-default"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
}

resource "azurerm_log_analytics_workspace" "short" {
  name                = "law-short"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
  retention_in_days   = 60 # want AZURE-012
}

resource "azurerm_monitor_log_profile" "short" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs"

  retention_policy {
    enabled = true
    days    = 30 # want AZURE-012
  }
}
