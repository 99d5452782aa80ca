variable "log_workspace_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"
}

resource "azurerm_resource_group" "data" {
  name     = "rg-data"
  location = "westeurope"
}

# The allLogs category group.
resource "azurerm_iothub" "devices" {
  name                          = "acme-devices"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  public_network_access_enabled = false
  local_authentication_enabled  = false

  sku {
    name     = "S1"
    capacity = 1
  }
}

resource "azurerm_monitor_diagnostic_setting" "devices" {
  name                       = "devices-logs"
  target_resource_id         = azurerm_iothub.devices.id
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category_group = "allLogs"
  }
}

# One category is enough, in the older log block too.
resource "azurerm_data_lake_store" "lake" {
  name                = "acmelake"
  resource_group_name = azurerm_resource_group.data.name
  location            = azurerm_resource_group.data.location
  encryption_state    = "Enabled"
  firewall_state      = "Enabled"
}

resource "azurerm_monitor_diagnostic_setting" "lake" {
  name               = "lake-logs"
  target_resource_id = azurerm_data_lake_store.lake.id
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/acmelogs"

  log {
    category = "Audit"
    enabled  = false
  }

  log {
    category = "Requests"
  }
}

# Workflows for_each, each with its own setting.
resource "azurerm_logic_app_workflow" "flows" {
  for_each            = toset(["invoices", "refunds"])
  name                = "acme-${each.key}"
  location            = azurerm_resource_group.data.location
  resource_group_name = azurerm_resource_group.data.name
}

resource "azurerm_monitor_diagnostic_setting" "flows" {
  for_each                   = azurerm_logic_app_workflow.flows
  name                       = "${each.key}-runs"
  target_resource_id         = each.value.id
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category = "WorkflowRuntime"
  }
}

# A literal id names the namespace.
resource "azurerm_servicebus_namespace" "jobs" {
  name                          = "acme-jobs"
  location                      = azurerm_resource_group.data.location
  resource_group_name           = azurerm_resource_group.data.name
  sku                           = "Premium"
  capacity                      = 1
  public_network_access_enabled = false
  local_auth_enabled            = false
}

resource "azurerm_monitor_diagnostic_setting" "jobs" {
  name                       = "jobs-logs"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.ServiceBus/namespaces/acme-jobs"
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category = "OperationalLogs"
  }
}

resource "azurerm_search_service" "catalog" {
  name                          = "acme-catalog"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  sku                           = "standard"
  public_network_access_enabled = false
}

resource "azurerm_monitor_diagnostic_setting" "catalog" {
  name                       = "catalog-logs"
  target_resource_id         = azurerm_search_service.catalog.id
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category_group = "audit"
  }
}

# An existing account read by a data source is not managed here.
data "azurerm_batch_account" "shared" {
  name                = "acmeshared"
  resource_group_name = "rg-shared"
}
