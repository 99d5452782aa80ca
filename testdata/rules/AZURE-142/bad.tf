resource "azurerm_virtual_network" "main" {
  name                = "vnet-main"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.10.0.0/16"]
}

resource "azurerm_subnet" "app" { # want AZURE-142
  name                 = "snet-app"
  resource_group_name  = "rg-network"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.10.1.0/24"]
}

resource "azurerm_virtual_network" "legacy" {
  name                = "vnet-legacy"
  location            = "westeurope"
  resource_group_name = "rg-network"
  address_space       = ["10.20.0.0/16"]

  subnet { # want AZURE-142
    name           = "snet-web"
    address_prefix = "10.20.1.0/24"
  }

  subnet {
    name           = "GatewaySubnet"
    address_prefix = "10.20.255.0/27"
  }
}
