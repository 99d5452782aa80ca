variable "subnets" {
  type = map(string)
  default = {
    app  = "10.10.1.0/24"
    data = "10.10.2.0/24"
  }
}

resource "azurerm_virtual_network" "main" {
  name                = "vnet-main"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.10.0.0/16"]
}

# The security groups (and their flow logs) belong to the platform team.
data "azurerm_network_security_group" "this" {
  for_each            = var.subnets
  name                = "nsg-${each.key}"
  resource_group_name = "rg-network"
}

resource "azurerm_subnet" "this" {
  for_each             = var.subnets
  name                 = "snet-${each.key}"
  resource_group_name  = "rg-network"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = [each.value]
}

resource "azurerm_subnet_network_security_group_association" "this" {
  for_each                  = var.subnets
  subnet_id                 = azurerm_subnet.this[each.key].id
  network_security_group_id = data.azurerm_network_security_group.this[each.key].id
}

# Azure Firewall owns its subnet; an NSG is not supported there.
resource "azurerm_subnet" "firewall" {
  name                 = "AzureFirewallSubnet"
  resource_group_name  = "rg-network"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.10.254.0/26"]
}

data "azurerm_network_security_group" "web" {
  name                = "nsg-web"
  resource_group_name = "rg-network"
}

resource "azurerm_virtual_network" "inline" {
  name                = "vnet-inline"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.20.0.0/16"]

  subnet {
    name           = "snet-web"
    address_prefix = "10.20.1.0/24"
    security_group = data.azurerm_network_security_group.web.id
  }
}

resource "azurerm_subnet" "aks_nodes" {
  name                 = "snet-aks-nodes"
  resource_group_name  = "rg-network"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.10.16.0/20"]
}

resource "azurerm_kubernetes_cluster_node_pool" "workers" {
  name                  = "workers"
  kubernetes_cluster_id = "/subscriptions/0000/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/acme"
  vm_size               = "Standard_D4s_v5"
  node_count            = 3
  vnet_subnet_id        = azurerm_subnet.aks_nodes.id
  host_encryption_enabled = true
}
