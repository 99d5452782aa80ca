resource "azurerm_cosmosdb_account" "default" { # want AZURE-108 "local_authentication_disabled is not set" # want AZURE-170
  name                          = "acme-cosmos"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_kubernetes_cluster" "aks" { # want AZURE-115 # want AZURE-137 # want AZURE-175
  name                              = "aks"
  location                          = "westeurope"
  resource_group_name               = "rg-app"
  dns_prefix                        = "aks"
  private_cluster_enabled           = true
  local_account_disabled            = false # want AZURE-108
  role_based_access_control_enabled = true

  default_node_pool {
    name                    = "system"
    node_count              = 1
    vm_size                 = "Standard_D2s_v5"
    host_encryption_enabled = true
  }
  identity {
    type = "SystemAssigned"
  }
  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
}

# Shared access keys stay valid by default.
resource "azurerm_servicebus_namespace" "bus" { # want AZURE-108 # want AZURE-176
  name                          = "acme-bus"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku                           = "Standard"
  public_network_access_enabled = false
}

resource "azurerm_eventhub_namespace" "events" { # want AZURE-176
  name                          = "acme-events"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku                           = "Standard"
  public_network_access_enabled = false
  local_authentication_enabled  = true # want AZURE-108
}

# Unset, shared access signature keys stay enabled (the default).
resource "azurerm_eventhub_namespace" "telemetry" { # want AZURE-108 "shared access keys stay valid" # want AZURE-176
  name                          = "acme-telemetry"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku                           = "Standard"
  public_network_access_enabled = false
}

resource "azurerm_eventgrid_topic" "orders" { # want AZURE-108 "shared access keys stay valid"
  name                          = "acme-orders"
  location                      = "westeurope"
  resource_group_name           = "rg"
  public_network_access_enabled = false
}

resource "azurerm_app_configuration" "settings" { # want AZURE-174
  name                  = "acme-settings"
  location              = "westeurope"
  resource_group_name   = "rg"
  sku                   = "standard"
  public_network_access = "Disabled"
  local_auth_enabled    = true # want AZURE-108
}

resource "azurerm_machine_learning_compute_cluster" "train" { # want AZURE-108 "SSH logins with local credentials"
  name                          = "train"
  location                      = "westeurope"
  vm_priority                   = "LowPriority"
  vm_size                       = "Standard_DS2_v2"
  machine_learning_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ml"

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 2
    scale_down_nodes_after_idle_duration = "PT30S"
  }
}

resource "azurerm_machine_learning_compute_instance" "notebook" {
  name                          = "notebook"
  machine_learning_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ml"
  virtual_machine_size          = "STANDARD_DS2_V2"
  local_auth_enabled            = true # want AZURE-108
}

# AI services: API keys stay valid unless local authentication is turned off.
resource "azurerm_ai_services" "assistant" { # want AZURE-108 "shared access keys stay valid"
  name                  = "acme-assistant"
  location              = "westeurope"
  resource_group_name   = "rg"
  sku_name              = "S0"
  public_network_access = "Disabled"
}

# Synapse: the workspace's SQL administrator login and password keep
# working beside Microsoft Entra ID.
resource "azurerm_synapse_workspace" "lake" { # want AZURE-108
  name                                 = "lake-ws"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://lakestore.dfs.core.windows.net/fs"
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = var.synapse_admin_password
  managed_virtual_network_enabled      = true
  public_network_access_enabled        = false
  identity {
    type = "SystemAssigned"
  }
}

variable "synapse_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_synapse_workspace_extended_auditing_policy" "lake" {
  synapse_workspace_id   = azurerm_synapse_workspace.lake.id
  log_monitoring_enabled = true
}
