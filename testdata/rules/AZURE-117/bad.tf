resource "azurerm_network_security_rule" "all_out" {
  name                        = "allow-all-out"
  priority                    = 100
  direction                   = "Outbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*"
  destination_address_prefix  = "Internet" # want AZURE-117
  resource_group_name         = "rg-net"
  network_security_group_name = "app"
}

resource "azurerm_network_security_group" "inline" { # want AZURE-002
  name                = "inline"
  location            = "westeurope"
  resource_group_name = "rg-net"

  security_rule {
    name                       = "any-out"
    priority                   = 100
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "0.0.0.0/0" # want AZURE-117
  }
}
