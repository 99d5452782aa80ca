variable "log_workspace_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"
}

resource "azurerm_app_configuration" "flags" {
  name                  = "acme-flags"
  resource_group_name   = "rg-apps"
  location              = "westeurope"
  sku                   = "standard"
  local_auth_enabled    = false
  public_network_access = "Disabled"
}

resource "azurerm_monitor_diagnostic_setting" "flags" {
  name                       = "flags-audit"
  target_resource_id         = azurerm_app_configuration.flags.id
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category = "Audit"
  }
}

# The audit group of one setting counts, even when another turns allLogs off.
resource "azurerm_app_configuration" "settings" {
  name                  = "acme-settings"
  resource_group_name   = "rg-apps"
  location              = "westeurope"
  sku                   = "standard"
  local_auth_enabled    = false
  public_network_access = "Disabled"
}

resource "azurerm_monitor_diagnostic_setting" "settings_audit" {
  name                       = "settings-audit"
  target_resource_id         = azurerm_app_configuration.settings.id
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_monitor_diagnostic_setting" "settings_archive" {
  name               = "settings-archive"
  target_resource_id = azurerm_app_configuration.settings.id
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/archive"

  log {
    category_group = "allLogs"
    enabled        = false
  }
}

resource "azurerm_automation_account" "ops" {
  for_each                      = toset(["patching", "reports"])
  name                          = "acme-${each.key}"
  resource_group_name           = "rg-ops"
  location                      = "westeurope"
  sku_name                      = "Basic"
  public_network_access_enabled = false
  local_authentication_enabled  = false
}

resource "azurerm_monitor_diagnostic_setting" "ops" {
  for_each                   = azurerm_automation_account.ops
  name                       = "${each.key}-logs"
  target_resource_id         = each.value.id
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category_group = "allLogs"
  }
}

# An account named by its literal id.
resource "azurerm_automation_account" "runbooks" {
  name                          = "acme-runbooks"
  resource_group_name           = "rg-ops"
  location                      = "westeurope"
  sku_name                      = "Basic"
  public_network_access_enabled = false
  local_authentication_enabled  = false
}

resource "azurerm_monitor_diagnostic_setting" "runbooks" {
  name                       = "runbooks-audit"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.Automation/automationAccounts/acme-runbooks"
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category = "AuditEvent"
  }

  enabled_log {
    category = "JobLogs"
  }
}
