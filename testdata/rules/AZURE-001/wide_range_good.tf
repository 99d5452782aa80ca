# The virtual network, the shared range and a company's public /16.
resource "azurerm_network_security_rule" "wide_ssh_internal" {
  name                        = "ssh-internal"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefixes     = ["10.0.0.0/8", "100.64.0.0/10", "198.51.0.0/16"]
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
}
