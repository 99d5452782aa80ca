variable "network_policy" {
  type    = string
  default = "azure"
}

resource "azurerm_kubernetes_cluster" "aks" { # want AZURE-115 # want AZURE-137 # want AZURE-175
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
    network_policy = var.network_policy
  }
}
