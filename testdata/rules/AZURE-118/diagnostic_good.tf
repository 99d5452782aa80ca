data "azurerm_subscription" "current" {}

variable "workspace_id" {
  type = string
}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity-to-law"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category_group = "allLogs"
  }
}

locals {
  activity_categories = toset(["Administrative", "Security", "Policy", "Alert", "Recommendation"])
}

resource "azurerm_monitor_diagnostic_setting" "siem" {
  name                           = "activity-to-siem"
  target_resource_id             = "/subscriptions/00000000-0000-0000-0000-000000000000"
  eventhub_authorization_rule_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-siem/providers/Microsoft.EventHub/namespaces/acme-siem/authorizationRules/send"
  eventhub_name                  = "activity"

  dynamic "enabled_log" {
    for_each = local.activity_categories
    content {
      category = enabled_log.value
    }
  }
}

resource "azurerm_key_vault" "app" { # want AZURE-034 AZURE-038
  name                       = "acme-app-kv"
  location                   = "westeurope"
  resource_group_name        = "rg-app"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  sku_name                   = "standard"
  rbac_authorization_enabled = true
}

# A resource's own diagnostic setting has its own categories.
resource "azurerm_monitor_diagnostic_setting" "vault" {
  name                       = "vault-audit"
  target_resource_id         = azurerm_key_vault.app.id
  log_analytics_workspace_id = var.workspace_id

  enabled_log {
    category = "AuditEvent"
  }
}
