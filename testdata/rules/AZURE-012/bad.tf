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

# Storage Analytics logs deleted after 30 days.
resource "azurerm_storage_account" "jobs" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmejobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read                  = true
      write                 = true
      delete                = true
      version               = "1.0"
      retention_policy_days = 30 # want AZURE-012
    }
  }
}

resource "azurerm_storage_account_queue_properties" "events" {
  storage_account_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acmeevents"

  logging {
    version               = "1.0"
    delete                = true
    read                  = true
    write                 = true
    retention_policy_days = 7 # want AZURE-012
  }
}
