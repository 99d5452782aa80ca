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
      retention_policy_days = 90
    }
  }
}

resource "azurerm_storage_queue" "orders" {
  name               = "orders"
  storage_account_id = azurerm_storage_account.jobs.id
}

# The queue service's logs exported by a diagnostic setting.
resource "azurerm_storage_account" "events" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeevents"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_queue" "events" {
  for_each           = toset(["created", "deleted"])
  name               = each.key
  storage_account_id = azurerm_storage_account.events.id
}

resource "azurerm_log_analytics_workspace" "logs" {
  name                = "logs"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_monitor_diagnostic_setting" "events_queues" {
  name                       = "queues"
  target_resource_id         = "${azurerm_storage_account.events.id}/queueServices/default"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id

  enabled_log {
    category_group = "audit"
  }
}

# No queue in this configuration: not judged.
resource "azurerm_storage_account" "static" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmestatic"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# azurerm 4.x: queue properties in their own resource.
resource "azurerm_storage_account" "split" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmesplit"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_queue_properties" "split" {
  storage_account_id = azurerm_storage_account.split.id

  logging {
    version               = "1.0"
    delete                = true
    read                  = true
    write                 = true
    retention_policy_days = 120
  }
}

resource "azurerm_storage_queue" "split" {
  name               = "split"
  storage_account_id = azurerm_storage_account.split.id
}

variable "log_reads" {
  type = bool
}

# Whether reads are logged comes from a variable without a value.
resource "azurerm_storage_account" "unknown" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeunknown"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      read    = var.log_reads # want-note AZURE-130
      write   = true
      delete  = true
      version = "1.0"
    }
  }
}
