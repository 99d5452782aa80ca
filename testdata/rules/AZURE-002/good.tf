# An NSG flow log.
resource "azurerm_network_security_group" "nsg_logged" {
  name                = "nsg-logged"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_network_watcher_flow_log" "nsg_logged" {
  name                      = "nsg-logged"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.nsg_logged.id
  storage_account_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled                   = true
  retention_policy {
    enabled = true
    days    = 90
  }
}

# A virtual network flow log covers the groups of its subnets.
resource "azurerm_virtual_network" "logged" {
  name                = "logged"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.2.0.0/16"]
}

resource "azurerm_network_watcher_flow_log" "vnet" {
  name                 = "vnet"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = azurerm_virtual_network.logged.id
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = true
    days    = 0
  }
}

resource "azurerm_subnet" "web" {
  name                 = "web"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.logged.name
  address_prefixes     = ["10.2.1.0/24"]
}

resource "azurerm_network_security_group" "web" {
  name                = "web"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_subnet_network_security_group_association" "web" {
  subnet_id                 = azurerm_subnet.web.id
  network_security_group_id = azurerm_network_security_group.web.id
}

# Inline subnet blocks of a virtual network with a flow log.
resource "azurerm_network_security_group" "inline" {
  name                = "inline"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_virtual_network" "inline" {
  name                = "inline"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.3.0.0/16"]
  subnet {
    name             = "inline"
    address_prefixes = ["10.3.1.0/24"]
    security_group   = azurerm_network_security_group.inline.id
  }
}

resource "azurerm_network_watcher_flow_log" "inline" {
  name                 = "inline"
  network_watcher_name = "nw"
  resource_group_name  = "rg"
  target_resource_id   = azurerm_virtual_network.inline.id
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled              = true
  retention_policy {
    enabled = false
    days    = 0
  }
}

# A virtual network without any flow log is not reported on its own.
resource "azurerm_virtual_network" "empty" {
  name                = "empty"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.4.0.0/16"]
}

# A group on a network interface whose subnet's virtual network has a flow
# log.
resource "azurerm_network_security_group" "nic" {
  name                = "nic"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_network_interface" "vm" {
  name                = "vm"
  location            = "westeurope"
  resource_group_name = "rg"
  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.web.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface_security_group_association" "vm" {
  network_interface_id      = azurerm_network_interface.vm.id
  network_security_group_id = azurerm_network_security_group.nic.id
}
