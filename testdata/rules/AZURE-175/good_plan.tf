# The root enables Defender for Containers: its auto-provisioning deploys the
# sensor to the subscription's clusters.
resource "azurerm_security_center_subscription_pricing" "containers" {
  tier          = "Standard"
  resource_type = "Containers"

  extension {
    name = "ContainerSensor"
  }
}

resource "azurerm_kubernetes_cluster" "apps" {
  name                    = "aks-apps"
  location                = "westeurope"
  resource_group_name     = "rg-aks"
  dns_prefix              = "aksapps"
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
    log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-ops/providers/Microsoft.OperationalInsights/workspaces/law-ops"
  }
}
