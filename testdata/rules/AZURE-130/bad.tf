# An account that serves queues, with Storage Analytics logging off (the
# default) and no diagnostic setting.
resource "azurerm_storage_account" "jobs" { # want AZURE-130 # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmejobs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_queue" "orders" {
  name               = "orders"
  storage_account_id = azurerm_storage_account.jobs.id
}

# The queue service is configured, but its logging block logs nothing.
resource "azurerm_storage_account" "events" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeevents"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties {
    logging {
      read    = false # want AZURE-130
      write   = false
      delete  = false
      version = "1.0"
    }
  }
}

# CORS for the queue service, and no logging block.
resource "azurerm_storage_account" "web" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeweb"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  queue_properties { # want AZURE-130
    cors_rule {
      allowed_headers    = ["*"]
      allowed_methods    = ["GET"]
      allowed_origins    = ["https://www.example.com"]
      exposed_headers    = ["*"]
      max_age_in_seconds = 3600
    }
  }
}

# Queues named by the account's name (azurerm 3.x).
resource "azurerm_storage_account" "legacy" { # want AZURE-130 # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmelegacy"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_queue" "legacy" {
  name                 = "work"
  storage_account_name = azurerm_storage_account.legacy.name
}

# Reads and deletes are logged, writes (new messages) are not.
resource "azurerm_storage_account" "orders" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeorders"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_queue_properties" "orders" {
  storage_account_id = azurerm_storage_account.orders.id

  logging {
    read                  = true
    write                 = false # want AZURE-130 "logging write = false"
    delete                = true
    version               = "1.0"
    retention_policy_days = 365
  }
}

# Queue properties of an account this module does not declare (its caller
# passes the id in): judged where they are written.
variable "shared_account_id" {
  type = string
}

resource "azurerm_storage_account_queue_properties" "shared" {
  storage_account_id = var.shared_account_id

  logging {
    read    = false # want AZURE-130 "logging read = false"
    write   = true
    delete  = true
    version = "1.0"
  }
}
