variable "storage_account_id" {
  type = string
}

variable "office_ranges" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}

resource "azurerm_storage_account_network_rules" "shared" {
  storage_account_id = var.storage_account_id
  default_action     = "Deny"
  ip_rules           = var.office_ranges
  bypass             = ["AzureServices"]
}

# An account of this module closed by its own rules; the rules above name
# some other account and do not change its answer.
resource "azurerm_storage_account" "reports" { # want AZURE-144 # want AZURE-166 # want AZURE-168
  name                            = "acmereports"
  resource_group_name             = "rg-reports"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  queue_properties {
    logging {
      delete                = true
      read                  = true
      write                 = true
      version               = "1.0"
      retention_policy_days = 90
    }
  }
}

resource "azurerm_storage_account_network_rules" "reports" {
  storage_account_id = azurerm_storage_account.reports.id
  default_action     = "Deny"
}
