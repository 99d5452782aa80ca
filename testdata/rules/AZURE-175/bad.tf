variable "defender_enabled" {
  type    = bool
  default = false
}

resource "azurerm_log_analytics_workspace" "ops" {
  name                = "law-ops"
  location            = "westeurope"
  resource_group_name = "rg-aks"
  sku                 = "PerGB2018"
  retention_in_days   = 90
}

# No microsoft_defender block: the cluster runs no Defender sensor.
resource "azurerm_kubernetes_cluster" "plain" { # want AZURE-175 "no microsoft_defender block"
  name                    = "aks-plain"
  location                = "westeurope"
  resource_group_name     = "rg-aks"
  dns_prefix              = "aksplain"
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
}

# The module switch is off by default: the dynamic block has no instance.
resource "azurerm_kubernetes_cluster" "module_default" { # want AZURE-175 "runs no Microsoft Defender sensor"
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
