# Control-plane logs, but not the audit log.
resource "azurerm_kubernetes_cluster" "apiserver" { # want AZURE-151 "kube-audit or kube-audit-admin" # want AZURE-137 # want AZURE-175
  name                    = "apiserver"
  dns_prefix              = "apiserver"
  location                = "westeurope"
  resource_group_name     = "rg-app"
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
}

resource "azurerm_monitor_diagnostic_setting" "apiserver" {
  name                       = "aks-control-plane"
  target_resource_id         = azurerm_kubernetes_cluster.apiserver.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "kube-apiserver"
  }
  enabled_log {
    category = "kube-controller-manager"
  }
}

# The older log blocks, with the audit categories switched off.
resource "azurerm_kubernetes_cluster" "legacy" { # want AZURE-151 # want AZURE-137 # want AZURE-175
  name                    = "legacy"
  dns_prefix              = "legacy"
  location                = "westeurope"
  resource_group_name     = "rg-app"
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
}

resource "azurerm_monitor_diagnostic_setting" "legacy" {
  name                       = "aks-legacy"
  target_resource_id         = azurerm_kubernetes_cluster.legacy.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  log {
    category = "kube-audit"
    enabled  = false
  }
  log {
    category = "kube-audit-admin"
    enabled  = false
  }
  log {
    category = "kube-scheduler"
    enabled  = true
  }
}

# Named by literal id, with the categories from a local list.
locals {
  aks_log_categories = ["kube-apiserver", "cluster-autoscaler", "guard"]
}

resource "azurerm_kubernetes_cluster" "platform" { # want AZURE-151 # want AZURE-137 # want AZURE-175
  name                    = "platform"
  dns_prefix              = "platform"
  location                = "westeurope"
  resource_group_name     = "rg-app"
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
}

resource "azurerm_monitor_diagnostic_setting" "platform" {
  name                       = "aks-platform"
  target_resource_id         = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.ContainerService/managedClusters/platform"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  dynamic "enabled_log" {
    for_each = local.aks_log_categories
    content {
      category = enabled_log.value
    }
  }
}
