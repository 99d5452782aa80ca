resource "azurerm_storage_account" "documents" { # want AZURE-144 "blob service" # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmedocuments"
  resource_group_name             = "rg-docs"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}

# On the account itself: metrics only.
resource "azurerm_monitor_diagnostic_setting" "documents_metrics" {
  name                       = "metrics"
  target_resource_id         = azurerm_storage_account.documents.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/logs"
  metric {
    category = "Transaction"
  }
}

resource "azurerm_storage_account" "exports" { # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmeexports"
  resource_group_name             = "rg-docs"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}

# Writes and deletes only: reads of the exports are not logged.
resource "azurerm_monitor_diagnostic_setting" "exports_blobs" { # want AZURE-144 "StorageRead"
  name                       = "blob-logs"
  target_resource_id         = "${azurerm_storage_account.exports.id}/blobServices/default"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/logs"
  enabled_log {
    category = "StorageWrite"
  }
  enabled_log {
    category = "StorageDelete"
  }
}

# The older log blocks, one switched off.
resource "azurerm_monitor_diagnostic_setting" "exports_tables" { # want AZURE-144 "StorageDelete"
  name                       = "table-logs"
  target_resource_id         = "${azurerm_storage_account.exports.id}/tableServices/default"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/logs"
  log {
    category = "StorageRead"
  }
  log {
    category = "StorageWrite"
  }
  log {
    category = "StorageDelete"
    enabled  = false
  }
}
