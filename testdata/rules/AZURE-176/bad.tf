variable "log_workspace_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"
}

resource "azurerm_resource_group" "data" {
  name     = "rg-data"
  location = "westeurope"
}

# No diagnostic setting: the hub's connection and identity logs are kept nowhere.
resource "azurerm_iothub" "devices" { # want AZURE-176 "no diagnostic setting"
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

# A setting that sends only metrics exports no log.
resource "azurerm_eventhub_namespace" "telemetry" { # want AZURE-176 "enable no log category"
  name                          = "acme-telemetry"
  location                      = azurerm_resource_group.data.location
  resource_group_name           = azurerm_resource_group.data.name
  sku                           = "Standard"
  public_network_access_enabled = false
  local_authentication_enabled  = false
}

resource "azurerm_monitor_diagnostic_setting" "telemetry_metrics" {
  name                       = "telemetry-metrics"
  target_resource_id         = azurerm_eventhub_namespace.telemetry.id
  log_analytics_workspace_id = var.log_workspace_id

  metric {
    category = "AllMetrics"
  }
}

# The older log blocks, every one turned off.
resource "azurerm_data_lake_store" "lake" { # want AZURE-176 "enable no log category"
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
    enabled  = false
  }

  metric {
    category = "AllMetrics"
  }
}

# Workflows for_each, none with a setting; the one setting names another
# workflow by literal id.
resource "azurerm_logic_app_workflow" "flows" { # want AZURE-176 "no diagnostic setting"
  for_each            = toset(["invoices", "refunds"])
  name                = "acme-${each.key}"
  location            = azurerm_resource_group.data.location
  resource_group_name = azurerm_resource_group.data.name
}

resource "azurerm_monitor_diagnostic_setting" "elsewhere" {
  name                       = "elsewhere"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-other/providers/Microsoft.Logic/workflows/acme-payroll"
  log_analytics_workspace_id = var.log_workspace_id

  enabled_log {
    category = "WorkflowRuntime"
  }
}

resource "azurerm_search_service" "catalog" { # want AZURE-176 "no diagnostic setting"
  name                          = "acme-catalog"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  sku                           = "standard"
  public_network_access_enabled = false
}

resource "azurerm_batch_account" "render" { # want AZURE-176 "no diagnostic setting"
  name                          = "acmerender"
  resource_group_name           = azurerm_resource_group.data.name
  location                      = azurerm_resource_group.data.location
  public_network_access_enabled = false
}

resource "azurerm_stream_analytics_job" "clicks" { # want AZURE-176 "no diagnostic setting"
  name                = "acme-clicks"
  resource_group_name = azurerm_resource_group.data.name
  location            = azurerm_resource_group.data.location
  streaming_units     = 3
  transformation_query = <<QUERY
    SELECT * INTO [out] FROM [in]
QUERY
}

resource "azurerm_servicebus_namespace" "jobs" { # want AZURE-176 "no diagnostic setting"
  name                          = "acme-jobs"
  location                      = azurerm_resource_group.data.location
  resource_group_name           = azurerm_resource_group.data.name
  sku                           = "Premium"
  capacity                      = 1
  public_network_access_enabled = false
  local_auth_enabled            = false
}

resource "azurerm_data_lake_analytics_account" "analytics" { # want AZURE-176 "no diagnostic setting"
  name                = "acmeanalytics"
  resource_group_name = azurerm_resource_group.data.name
  location            = azurerm_resource_group.data.location
  default_store_account_name = azurerm_data_lake_store.lake.name
}
