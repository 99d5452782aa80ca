resource "azurerm_kubernetes_cluster" "audit_admin" { # want AZURE-137 # want AZURE-175
  name                    = "audit_admin"
  dns_prefix              = "audit_admin"
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

resource "azurerm_monitor_diagnostic_setting" "audit_admin" {
  name                       = "aks-audit"
  target_resource_id         = azurerm_kubernetes_cluster.audit_admin.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "kube-audit-admin"
  }
}

# The audit category group, in a second setting beside a metrics-only one.
resource "azurerm_kubernetes_cluster" "grouped" { # want AZURE-137 # want AZURE-175
  name                    = "grouped"
  dns_prefix              = "grouped"
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

resource "azurerm_monitor_diagnostic_setting" "grouped_metrics" {
  name                       = "aks-metrics"
  target_resource_id         = azurerm_kubernetes_cluster.grouped.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  enabled_log {
    category = "cluster-autoscaler"
  }
}

resource "azurerm_monitor_diagnostic_setting" "grouped_audit" {
  name                       = "aks-audit"
  target_resource_id         = azurerm_kubernetes_cluster.grouped.id
  storage_account_id         = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/auditarchive"

  enabled_log {
    category_group = "audit"
  }
}

# A cluster with no diagnostic setting at all is AZURE-115's, not this rule's.
resource "azurerm_kubernetes_cluster" "bare" { # want AZURE-115 # want AZURE-137 # want AZURE-175
  name                    = "bare"
  dns_prefix              = "bare"
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

# Categories not known statically: an undecided note.
variable "aks_log_categories" {
  type = list(string)
}

resource "azurerm_kubernetes_cluster" "dynamic" { # want AZURE-137 # want AZURE-175
  name                    = "dynamic"
  dns_prefix              = "dynamic"
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

resource "azurerm_monitor_diagnostic_setting" "dynamic" {
  name                       = "aks-dynamic"
  target_resource_id         = azurerm_kubernetes_cluster.dynamic.id
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"

  dynamic "enabled_log" { # want-note AZURE-151
    for_each = var.aks_log_categories
    content {
      category = enabled_log.value
    }
  }
}
