# A log profile's storage account is the Activity Log's archive: the
# Activity Log itself keeps 90 days, so an archive deleted after 180 days
# loses the year of history an audit covers.
resource "azurerm_monitor_log_profile" "half_year" {
  name               = "default"
  categories         = ["Action", "Delete", "Write"]
  locations          = ["westeurope", "northeurope", "global"]
  storage_account_id = azurerm_storage_account.archive.id

  retention_policy {
    enabled = true
    days    = 180 # want AZURE-012 "archive is deleted before a year"
  }
}

resource "azurerm_storage_account" "archive" { # want AZURE-144 # want AZURE-166 # want AZURE-168
  name                            = "acmeactivityarchive"
  resource_group_name             = "rg-logs"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
}
