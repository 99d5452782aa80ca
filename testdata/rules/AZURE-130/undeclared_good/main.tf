variable "shared_account_id" {
  type = string
}

# The undeclared account's queue service is exported by a diagnostic
# setting that may be its own: undecided, not reported.
resource "azurerm_storage_account_queue_properties" "shared" { # want-note AZURE-130
  storage_account_id = var.shared_account_id
}

resource "azurerm_monitor_diagnostic_setting" "shared_queues" {
  name                       = "queues"
  target_resource_id         = "${var.shared_account_id}/queueServices/default"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "audit"
  }
}

# Named by literal id, with every request logged by the diagnostic setting.
resource "azurerm_storage_account_queue_properties" "archive" {
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmearchive"
}

resource "azurerm_monitor_diagnostic_setting" "archive_queues" {
  name                       = "queues"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmearchive/queueServices/default"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category_group = "allLogs"
  }
}
