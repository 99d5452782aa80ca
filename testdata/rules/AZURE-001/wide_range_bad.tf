# Half the address space, and a private range mistyped one bit short
# (10.0.0.0/7 also holds 11.0.0.0/8).
resource "azurerm_network_security_rule" "wide_ssh_half" {
  name                        = "ssh-half"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefixes     = ["0.0.0.0/1", "128.0.0.0/1"] # want AZURE-001 "0.0.0.0/1" AZURE-001 "128.0.0.0/1"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
}

resource "azurerm_network_security_rule" "wide_sql_office" {
  name                        = "sql-office"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = "10.0.0.0/7" # want AZURE-001
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
}
