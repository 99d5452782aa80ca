variable "log_workspace_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"
}

# No diagnostic setting at all: the store's audit log is kept nowhere.
resource "azurerm_app_configuration" "flags" { # want AZURE-174 "no diagnostic setting"
  name                  = "acme-flags"
  resource_group_name   = "rg-apps"
  location              = "westeurope"
  sku                   = "standard"
  local_auth_enabled    = false
  public_network_access = "Disabled"
}

# A setting that exports only the request log, not the Audit category.
resource "azurerm_app_configuration" "settings" { # want AZURE-174 "neither the Audit log"
  name                  = "acme-settings"
  resource_group_name   = "rg-apps"
  location              = "westeurope"
  sku                   = "standard"
  local_auth_enabled    = false
  public_network_access = "Disabled"
}

resource "azurerm_monitor_diagnostic_setting" "settings_requests" {
  name                       = "settings-requests"
  target_resource_id         = azurerm_app_configuration.settings.id
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category = "HttpRequest"
  }

  metric {
    category = "AllMetrics"
  }
}

# The older log block with the audit group turned off exports nothing.
resource "azurerm_app_configuration" "legacy" { # want AZURE-174
  name                  = "acme-legacy"
  resource_group_name   = "rg-apps"
  location              = "westeurope"
  sku                   = "standard"
  local_auth_enabled    = false
  public_network_access = "Disabled"
}

resource "azurerm_monitor_diagnostic_setting" "legacy" {
  name               = "legacy-audit"
  target_resource_id = azurerm_app_configuration.legacy.id
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/auditlogs"

  log {
    category_group = "audit"
    enabled        = false
  }
}

# Automation accounts for_each: job logs and streams, but no AuditEvent.
resource "azurerm_automation_account" "ops" { # want AZURE-174 "neither the AuditEvent log"
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
  name                       = "${each.key}-jobs"
  target_resource_id         = each.value.id
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category = "JobLogs"
  }

  enabled_log {
    category = "JobStreams"
  }
}

# A setting on another account (literal id) does not count.
resource "azurerm_automation_account" "runbooks" { # want AZURE-174 "no diagnostic setting"
  name                          = "acme-runbooks"
  resource_group_name           = "rg-ops"
  location                      = "westeurope"
  sku_name                      = "Basic"
  public_network_access_enabled = false
  local_authentication_enabled  = false
}

resource "azurerm_monitor_diagnostic_setting" "other" {
  name                       = "other-audit"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.Automation/automationAccounts/acme-other"
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category = "AuditEvent"
  }
}
