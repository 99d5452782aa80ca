variable "diagnostic_target" {
  type = string
}

variable "categories" {
  type = list(string)
}

# A diagnostic setting whose target is not known statically may be this job's.
resource "azurerm_stream_analytics_job" "clicks" { # want-note AZURE-176
  name                 = "acme-clicks"
  resource_group_name  = "rg-data"
  location             = "westeurope"
  streaming_units      = 3
  transformation_query = "SELECT * INTO [out] FROM [in]"
}

resource "azurerm_monitor_diagnostic_setting" "somewhere" {
  name                       = "somewhere"
  target_resource_id         = var.diagnostic_target
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "Execution"
  }
}

# Log categories not known statically.
resource "azurerm_batch_account" "render" {
  name                          = "acmerender"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "render" {
  name                       = "render-logs"
  target_resource_id         = azurerm_batch_account.render.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  dynamic "enabled_log" { # want-note AZURE-176
    for_each = var.categories
    content {
      category = enabled_log.value
    }
  }
}
