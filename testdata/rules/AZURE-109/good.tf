variable "rbac" {
  type = bool
}

# RBAC is on by default.
resource "azurerm_kubernetes_cluster" "default" { # want AZURE-115 # want AZURE-137 # want AZURE-175
  name                    = "aks"
  location                = "westeurope"
  resource_group_name     = "rg-app"
  dns_prefix              = "aks"
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
    network_policy = "cilium"
  }
}

resource "azurerm_kubernetes_cluster" "unknown" { # want AZURE-115 # want AZURE-137 # want AZURE-175
  name                              = "aks-2"
  location                          = "westeurope"
  resource_group_name               = "rg-app"
  dns_prefix                        = "aks2"
  private_cluster_enabled           = true
  local_account_disabled            = true
  role_based_access_control_enabled = var.rbac # want-note AZURE-109

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
