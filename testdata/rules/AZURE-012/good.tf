variable "retention_days" {
  type = number
}

resource "azurerm_log_analytics_workspace" "year" {
  name                = "law-year"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_log_analytics_workspace" "ninety" {
  name                = "law-ninety"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
  retention_in_days   = 90
}

# A value that cannot be known statically is never reported: it is a note.
resource "azurerm_log_analytics_workspace" "from_var" {
  name                = "law-var"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
  retention_in_days   = var.retention_days # want-note AZURE-012
}

resource "azurerm_monitor_log_profile" "from_var" {
  name               = "from-var"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs"

  retention_policy {
    enabled = true
    days    = var.retention_days # want-note AZURE-012
  }
}

# A disabled retention policy, or 0 days, keeps the Activity Log forever.
resource "azurerm_monitor_log_profile" "forever" {
  name               = "forever"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "global"]
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs"

  retention_policy {
    enabled = false
    days    = 7
  }
}

resource "azurerm_monitor_log_profile" "zero" {
  name               = "zero"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["northeurope"] # want AZURE-118
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stlogs"

  retention_policy {
    enabled = true
    days    = 0
  }
}

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
      retention_policy_days = 365
    }
  }
}

# No retention policy: the logs are kept until deleted.
resource "azurerm_storage_account" "archive" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmearchive"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read    = true
      write   = true
      delete  = true
      version = "1.0"
    }
  }
}
