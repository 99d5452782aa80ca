variable "defender_enabled" {
  type    = bool
  default = true
}

variable "defender_workspaces" {
  type = list(string)
}

resource "azurerm_log_analytics_workspace" "ops" {
  name                = "law-ops"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  sku                 = "PerGB2018"
  retention_in_days   = 90
}

# The sensor reports to the operations workspace.
resource "azurerm_kubernetes_cluster" "sensor" {
  name                    = "aks-sensor"
  location                = "westeurope"
  resource_group_name     = "rg-aks"
  dns_prefix              = "akssensor"
  private_cluster_enabled = true
  local_account_disabled  = true

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
  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
  }
  microsoft_defender {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
  }
}

# A module's switch, on by default.
resource "azurerm_kubernetes_cluster" "module_on" {
  name                    = "aks-module"
  location                = "westeurope"
  resource_group_name     = "rg-aks"
  dns_prefix              = "aksmodule"
  private_cluster_enabled = true
  local_account_disabled  = true

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
  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
  }

  dynamic "microsoft_defender" {
    for_each = var.defender_enabled ? [azurerm_log_analytics_workspace.ops.id] : []
    content {
      log_analytics_workspace_id = microsoft_defender.value
    }
  }
}

# Whether the sensor is deployed depends on a list the caller gives.
resource "azurerm_kubernetes_cluster" "caller_decides" {
  name                    = "aks-caller"
  location                = "westeurope"
  resource_group_name     = "rg-aks"
  dns_prefix              = "akscaller"
  private_cluster_enabled = true
  local_account_disabled  = true

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
  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
  oms_agent {
    log_analytics_workspace_id = azurerm_log_analytics_workspace.ops.id
  }

  dynamic "microsoft_defender" { # want-note AZURE-175
    for_each = var.defender_workspaces
    content {
      log_analytics_workspace_id = microsoft_defender.value
    }
  }
}
