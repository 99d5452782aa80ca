variable "admin_ranges" {
  type = list(string)
}

resource "azurerm_kubernetes_cluster" "ok_private" { # want AZURE-108 AZURE-110 AZURE-115 # want AZURE-137 # want AZURE-175
  name                    = "acme-ok-private"
  location                = "westeurope"
  resource_group_name     = "rg"
  dns_prefix              = "okprivate"
  private_cluster_enabled = true

  default_node_pool { # want AZURE-106
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster" "ok_ranges" { # want AZURE-108 AZURE-110 AZURE-115 # want AZURE-137 # want AZURE-175
  name                = "acme-ok-ranges"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "okranges"

  api_server_access_profile {
    authorized_ip_ranges = ["203.0.113.0/24"]
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

# The attribute of older azurerm versions.
resource "azurerm_kubernetes_cluster" "ok_legacy_ranges" { # want AZURE-108 AZURE-110 AZURE-115 # want AZURE-137 # want AZURE-175
  name                            = "acme-ok-legacy"
  location                        = "westeurope"
  resource_group_name             = "rg"
  dns_prefix                      = "oklegacy"
  api_server_authorized_ip_ranges = ["198.51.100.0/24"]

  default_node_pool { # want AZURE-106
    name       = "system"
    node_count = 1
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}

# Not known statically: not reported.
resource "azurerm_kubernetes_cluster" "ok_unknown" { # want AZURE-108 AZURE-110 AZURE-115 # want AZURE-137 # want AZURE-175
  name                = "acme-ok-unknown"
  location            = "westeurope"
  resource_group_name = "rg"
  dns_prefix          = "okunknown"

  api_server_access_profile {
    authorized_ip_ranges = var.admin_ranges # want-note AZURE-035
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
