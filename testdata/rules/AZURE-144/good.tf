variable "accounts" {
  type    = set(string)
  default = ["acmeinvoices", "acmereceipts"]
}

variable "workspace_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/logs"
}

resource "azurerm_storage_account" "ledger" { # want AZURE-153 # want AZURE-166 # want AZURE-168
  for_each                        = var.accounts
  name                            = each.key
  resource_group_name             = "rg-ledger"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}

resource "azurerm_monitor_diagnostic_setting" "ledger_blobs" {
  for_each                   = azurerm_storage_account.ledger
  name                       = "blob-logs"
  target_resource_id         = "${each.value.id}/blobServices/default"
  log_analytics_workspace_id = var.workspace_id

  dynamic "enabled_log" {
    for_each = ["StorageRead", "StorageWrite", "StorageDelete"]
    content {
      category = enabled_log.value
    }
  }
}

# A literal id and the allLogs category group.
resource "azurerm_storage_account" "archive" { # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmearchive"
  resource_group_name             = "rg-ledger"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}

resource "azurerm_monitor_diagnostic_setting" "archive_blobs" {
  name                       = "blob-logs"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-ledger/providers/Microsoft.Storage/storageAccounts/acmearchive/blobServices/default"
  log_analytics_workspace_id = var.workspace_id
  enabled_log {
    category_group = "allLogs"
  }
}

# File shares only: no blob service.
resource "azurerm_storage_account" "shares" { # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeshares"
  resource_group_name      = "rg-ledger"
  location                 = "westeurope"
  account_kind             = "FileStorage"
  account_tier             = "Premium"
  account_replication_type = "ZRS"
  min_tls_version          = "TLS1_2"
}
