resource "azurerm_virtual_network" "main" {
  name                = "vnet-main"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.10.0.0/16"]
}

resource "azurerm_subnet" "dmz" {
  name                 = "snet-dmz"
  resource_group_name  = "rg-network"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.10.1.0/24"]
}

resource "azurerm_public_ip" "jump" {
  name                = "pip-jump"
  location            = "westeurope"
  resource_group_name = "rg-network"
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_network_interface" "jump" {
  name                = "nic-jump"
  location            = "westeurope"
  resource_group_name = "rg-network"

  ip_configuration {
    name                          = "primary"
    subnet_id                     = azurerm_subnet.dmz.id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.jump.id # want AZURE-142 AZURE-107
  }
}
