data "azurerm_subscription" "current" {}

variable "workspace_id" {
  type = string
}

# Only the change and security events: policy and alert records stay in the portal.
resource "azurerm_monitor_diagnostic_setting" "activity" { # want AZURE-118 "Policy, Alert"
  name                       = "activity-to-law"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "Administrative"
  }

  enabled_log {
    category = "Security"
  }
}

locals {
  archived_categories = ["Administrative", "Policy", "Alert", "ServiceHealth"]
}

# The archive copy, written with the legacy log block: Security is switched off.
resource "azurerm_monitor_diagnostic_setting" "archive" { # want AZURE-118 "Security"
  name               = "activity-archive"
  target_resource_id = "/subscriptions/00000000-0000-0000-0000-000000000000"
  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/acmearchive"

  dynamic "log" {
    for_each = local.archived_categories
    content {
      category = log.value
      enabled  = true
    }
  }

  log {
    category = "Security"
    enabled  = false
  }
}
