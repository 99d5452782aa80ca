variable "admin_prefix" {
  type = string
}

resource "azurerm_network_security_group" "web" {
  name                = "web"
  location            = "westeurope"
  resource_group_name = "rg"

  # HTTPS from anywhere is what a web server is for.
  security_rule {
    name                       = "https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  # SSH only from the VPN range.
  security_rule {
    name                       = "ssh-vpn"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "10.20.0.0/16"
    destination_address_prefix = "*"
  }

  # Denying is fine.
  security_rule {
    name                       = "deny-rdp"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }

  # Outbound is not inbound.
  security_rule {
    name                       = "out"
    priority                   = 130
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*" # want AZURE-117
  }

  # ICMP carries no ports.
  security_rule {
    name                       = "ping"
    priority                   = 140
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Icmp"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

# Not known statically: an undecided note at the unknown source, not a finding.
resource "azurerm_network_security_rule" "ssh_admin" {
  name                        = "ssh-admin"
  priority                    = 150
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = var.admin_prefix # want-note AZURE-001
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = azurerm_network_security_group.web.name
}

# From the load balancer's service tag, not the internet.
resource "azurerm_network_security_rule" "probe" {
  name                        = "probe"
  priority                    = 160
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = "AzureLoadBalancer"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = azurerm_network_security_group.web.name
}

resource "azurerm_network_watcher_flow_log" "web" {
  name                      = "web"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.web.id
  storage_account_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled                   = true
  retention_policy {
    enabled = true
    days    = 90
  }
}

# The source is not known, but HTTPS is no administration or database port:
# nothing to note.
resource "azurerm_network_security_rule" "https_partner" {
  name                        = "https-partner"
  priority                    = 170
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = var.admin_prefix
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = azurerm_network_security_group.web.name
}

variable "inbound_rules" {
  type = list(object({
    name     = string
    priority = number
    port     = string
    source   = string
  }))
}

# Rules from a variable without a value may be any rule: a note.
resource "azurerm_network_security_group" "from_variable" {
  name                = "from-variable"
  location            = "westeurope"
  resource_group_name = "rg"

  dynamic "security_rule" { # want-note AZURE-001
    for_each = var.inbound_rules
    content {
      name                       = security_rule.value.name
      priority                   = security_rule.value.priority
      direction                  = "Inbound"
      access                     = "Allow"
      protocol                   = "Tcp"
      source_port_range          = "*"
      destination_port_range     = security_rule.value.port
      source_address_prefix      = security_rule.value.source
      destination_address_prefix = "*"
    }
  }
}

resource "azurerm_network_watcher_flow_log" "from_variable" {
  name                      = "from-variable"
  network_watcher_name      = "nw"
  resource_group_name       = "rg"
  network_security_group_id = azurerm_network_security_group.from_variable.id
  storage_account_id        = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/flowlogs"
  enabled                   = true
  retention_policy {
    enabled = true
    days    = 90
  }
}

# SSH, FTP and Telnet listen on TCP: a UDP rule over their ports serves nothing.
resource "azurerm_network_security_rule" "udp_low_ports" {
  name                        = "udp-low-ports"
  priority                    = 300
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "20-50"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "nsg-edge"
}
