# Account-baseline mode: a target built from a data source cannot be known # want AZURE-113
# statically; it may be the subscription, so it counts as evidence.
data "azurerm_client_config" "current" {}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "law-security"
  location            = "westeurope"
  resource_group_name = "rg-logs"
  sku                 = "PerGB2018"
  retention_in_days   = 365
}

resource "azurerm_security_center_subscription_pricing" "vms" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity-log"
  target_resource_id         = "/subscriptions/${data.azurerm_client_config.current.subscription_id}"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id

  enabled_log {
    category = "Administrative"
  }
}
