variable "api_ranges" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

# Public by default, no authorized ranges.
resource "azurerm_kubernetes_cluster" "default" { # want AZURE-035 AZURE-108 AZURE-110 AZURE-115 # want AZURE-137 # want AZURE-175
  name                = "acme-aks"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme"

  default_node_pool { # want AZURE-106
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "explicit" { # want AZURE-108 AZURE-110 AZURE-115 # want AZURE-137 # want AZURE-175
  name                    = "acme-aks-2"
  location                = "westeurope"
  resource_group_name     = "rg"
  dns_prefix              = "acme2"
  private_cluster_enabled = false # want AZURE-035

  default_node_pool { # want AZURE-106
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# Authorized ranges that include every address, from a variable.
resource "azurerm_kubernetes_cluster" "world" { # want AZURE-108 AZURE-110 AZURE-115 # want AZURE-137 # want AZURE-175
  name                = "acme-aks-3"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "acme3"

  api_server_access_profile {
    authorized_ip_ranges = var.api_ranges # want AZURE-035
  }

  default_node_pool { # want AZURE-106
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
