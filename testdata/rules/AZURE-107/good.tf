variable "public_ip_id" {
  type = string
}

resource "azurerm_network_interface" "app" {
  name                = "app-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "optional" {
  name                = "optional-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = null
  }
}

resource "azurerm_network_interface" "unknown" {
  name                = "unknown-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = var.public_ip_id # want-note AZURE-107
  }
}

# Nodes without public IPs, the default.
resource "azurerm_kubernetes_cluster_node_pool" "workers" {
  name                    = "workers"
  kubernetes_cluster_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/acme"
  vm_size                 = "Standard_D2s_v5"
  node_count              = 3
  host_encryption_enabled = true
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                    = "batch"
  kubernetes_cluster_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/acme"
  vm_size                 = "Standard_D2s_v5"
  node_count              = 1
  host_encryption_enabled = true
  node_public_ip_enabled  = false
}
