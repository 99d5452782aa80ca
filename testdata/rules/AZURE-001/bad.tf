resource "azurerm_network_security_rule" "ssh_any" {
  name                        = "ssh"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "*" # want AZURE-001
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
}

resource "azurerm_network_security_rule" "rdp_internet" {
  name                        = "rdp"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "Internet" # want AZURE-001
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
}

resource "azurerm_network_security_rule" "db_ranges" {
  name                        = "db"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["443", "5000-5500"]
  source_address_prefixes     = ["10.0.0.0/8", "0.0.0.0/0"] # want AZURE-001
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
}

# "0.0.0.0" and "/0" are spellings of the whole internet that the CIS
# Microsoft Azure Foundations Benchmark's audit lists beside "*" and "Internet".
resource "azurerm_network_security_rule" "ssh_zero" {
  name                        = "ssh-zero"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "0.0.0.0" # want AZURE-001 "port 22"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
}

resource "azurerm_network_security_rule" "rdp_slash_zero" {
  name                        = "rdp-slash-zero"
  priority                    = 140
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "/0" # want AZURE-001 "port 3389"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg"
}

resource "azurerm_network_security_group" "inline" {
  name                = "inline"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "everything"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "Any" # want AZURE-001
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "ftp"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "20-21"
    source_address_prefix      = "::/0" # want AZURE-001
    destination_address_prefix = "*"
  }
}

# The inline group needs a flow log (AZURE-002).
resource "azurerm_network_watcher_flow_log" "inline" {
  name                      = "inline"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.inline.id
  storage_account_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled                   = true
  retention_policy {
    enabled = true
    days    = 90
  }
}

# RDP also runs over UDP 3389.
resource "azurerm_network_security_rule" "rdp_udp" {
  name                        = "rdp-udp"
  priority                    = 310
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "3380-3400"
  source_address_prefix       = "Internet" # want AZURE-001 "3389"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg-edge"
}

# A directory server's LDAP and LDAPS ports.
resource "azurerm_network_security_rule" "ldap" {
  name                        = "ldap"
  priority                    = 320
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["389", "636"]
  source_address_prefix       = "*" # want AZURE-001 "LDAPS"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg-edge"
}
