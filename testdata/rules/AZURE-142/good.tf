resource "azurerm_virtual_network" "main" {
  name                = "vnet-main"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.10.0.0/16"]
}

variable "subnets" {
  type = map(string)
  default = {
    dmz = "10.10.1.0/24"
    app = "10.10.2.0/24"
  }
}

resource "azurerm_subnet" "this" {
  for_each             = var.subnets
  name                 = "snet-${each.key}"
  resource_group_name  = "rg-network"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = [each.value]
}

# The security groups (and their flow logs) belong to the platform team.
data "azurerm_network_security_group" "this" {
  for_each            = var.subnets
  name                = "nsg-${each.key}"
  resource_group_name = "rg-network"
}

resource "azurerm_subnet_network_security_group_association" "this" {
  for_each                  = var.subnets
  subnet_id                 = azurerm_subnet.this[each.key].id
  network_security_group_id = data.azurerm_network_security_group.this[each.key].id
}

resource "azurerm_public_ip" "proxy" {
  name                = "pip-proxy"
  location            = "westeurope"
  resource_group_name = "rg-network"
  allocation_method   = "Static"
  sku                 = "Standard"
}

# An edge proxy keeps its public IP on purpose (AZURE-107 is suppressed for
# it); its subnet's security group filters it.
resource "azurerm_network_interface" "proxy" {
  name                = "nic-proxy"
  location            = "westeurope"
  resource_group_name = "rg-network"

  ip_configuration {
    name                          = "primary"
    subnet_id                     = azurerm_subnet.this["dmz"].id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.proxy.id # want AZURE-107
  }
}

# A subnet of its own, filtered on the interface.
resource "azurerm_subnet" "lab" {
  name                 = "snet-lab"
  resource_group_name  = "rg-network"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.10.9.0/24"]
}

resource "azurerm_public_ip" "lab" {
  name                = "pip-lab"
  location            = "westeurope"
  resource_group_name = "rg-network"
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_network_interface" "lab" {
  name                = "nic-lab"
  location            = "westeurope"
  resource_group_name = "rg-network"

  ip_configuration {
    name                          = "primary"
    subnet_id                     = azurerm_subnet.lab.id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.lab.id # want AZURE-107
  }
}

resource "azurerm_network_interface_security_group_association" "lab" {
  network_interface_id      = azurerm_network_interface.lab.id
  network_security_group_id = data.azurerm_network_security_group.this["app"].id
}

# A private interface in a subnet without a security group is not judged.
resource "azurerm_subnet" "batch" {
  name                 = "snet-batch"
  resource_group_name  = "rg-network"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.10.20.0/24"]
}

resource "azurerm_network_interface" "batch" {
  name                = "nic-batch"
  location            = "westeurope"
  resource_group_name = "rg-network"

  ip_configuration {
    name                          = "primary"
    subnet_id                     = azurerm_subnet.batch.id
    private_ip_address_allocation = "Dynamic"
  }
}
