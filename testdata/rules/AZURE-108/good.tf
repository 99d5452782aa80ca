variable "local_auth_off" {
  type = bool
}

resource "azurerm_cosmosdb_account" "entra" {
  name                          = "acme-cosmos"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_disabled = true

  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "unknown" {
  name                          = "acme-cosmos-2"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_disabled = var.local_auth_off # want-note AZURE-108 # want-note AZURE-170

  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_kubernetes_cluster" "aks" { # want AZURE-115 # want AZURE-175
  name                    = "aks"
  location                = "westeurope"
  resource_group_name     = "rg-app"
  dns_prefix              = "aks"
  private_cluster_enabled = true
  local_account_disabled  = true

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
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
    network_policy = "calico"
  }
}

locals {
  namespaces = {
    orders  = "acme-orders"
    billing = "acme-billing"
  }
}

# Entra ID only: shared access keys turned off.
resource "azurerm_servicebus_namespace" "bus" { # want AZURE-176
  for_each                      = local.namespaces
  name                          = each.value
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku                           = "Standard"
  public_network_access_enabled = false
  local_auth_enabled            = false
}

resource "azurerm_eventhub_namespace" "events" { # want AZURE-176
  name                          = "acme-events"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku                           = "Standard"
  public_network_access_enabled = false
  local_authentication_enabled  = false
}

variable "topics" {
  type    = set(string)
  default = ["orders", "invoices"]
}

resource "azurerm_eventgrid_topic" "this" {
  for_each                      = var.topics
  name                          = "acme-${each.key}"
  location                      = "westeurope"
  resource_group_name           = "rg"
  public_network_access_enabled = false
  local_auth_enabled            = false
}

resource "azurerm_eventgrid_domain" "events" {
  name                          = "acme-events"
  location                      = "westeurope"
  resource_group_name           = "rg"
  public_network_access_enabled = false
  local_auth_enabled            = false
}

resource "azurerm_app_configuration" "settings" { # want AZURE-174
  name                  = "acme-settings"
  location              = "westeurope"
  resource_group_name   = "rg"
  sku                   = "standard"
  public_network_access = "Disabled"
  local_auth_enabled    = false
}

resource "azurerm_cognitive_account" "ai" {
  name                          = "acme-ai"
  location                      = "westeurope"
  resource_group_name           = "rg"
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "acme-ai"
  public_network_access_enabled = false
  local_auth_enabled            = false
}

variable "ml_workspace_id" {
  type    = string
  default = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ml"
}

resource "azurerm_machine_learning_compute_cluster" "train" {
  for_each                      = toset(["cpu", "gpu"])
  name                          = "train-${each.key}"
  location                      = "westeurope"
  vm_priority                   = "Dedicated"
  vm_size                       = each.key == "gpu" ? "Standard_NC6" : "Standard_DS2_v2"
  machine_learning_workspace_id = var.ml_workspace_id
  local_auth_enabled            = false

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 2
    scale_down_nodes_after_idle_duration = "PT30S"
  }
}

resource "azurerm_machine_learning_compute_instance" "notebook" {
  name                          = "notebook"
  machine_learning_workspace_id = var.ml_workspace_id
  virtual_machine_size          = "STANDARD_DS2_V2"
  local_auth_enabled            = false
}

resource "azurerm_ai_services" "assistant" {
  name                         = "acme-assistant"
  location                     = "westeurope"
  resource_group_name          = "rg"
  sku_name                     = "S0"
  public_network_access        = "Disabled"
  local_authentication_enabled = false
}

resource "azurerm_synapse_workspace" "lake" {
  name                                 = "lake-ws"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://lakestore.dfs.core.windows.net/fs"
  azuread_authentication_only          = true
  managed_virtual_network_enabled      = true
  public_network_access_enabled        = false
  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_synapse_workspace_extended_auditing_policy" "lake" {
  synapse_workspace_id   = azurerm_synapse_workspace.lake.id
  log_monitoring_enabled = true
}
