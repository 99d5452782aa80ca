variable "admin_port" {
  type = number
}

resource "azurerm_subnet" "hosts" {
  name                 = "snet-hosts"
  resource_group_name  = "rg-legacy"
  virtual_network_name = "vnet-legacy"
  address_prefixes     = ["10.20.1.0/24"]
}

resource "azurerm_lb" "legacy" {
  name                = "lb-legacy"
  location            = "westeurope"
  resource_group_name = "rg-legacy"
  sku                 = "Basic"

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-legacy/providers/Microsoft.Network/publicIPAddresses/pip-legacy"
  }
}

# The forwarded port is a variable: the rule cannot tell whether it is an
# administration port.
resource "azurerm_lb_nat_rule" "admin" {
  resource_group_name            = "rg-legacy"
  loadbalancer_id                = azurerm_lb.legacy.id
  name                           = "admin"
  protocol                       = "Tcp"
  frontend_port                  = 50000
  backend_port                   = var.admin_port # want-note AZURE-187
  frontend_ip_configuration_name = "public"
}

resource "azurerm_network_interface" "host" {
  name                = "nic-host"
  location            = "westeurope"
  resource_group_name = "rg-legacy"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.hosts.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface_nat_rule_association" "host" {
  network_interface_id  = azurerm_network_interface.host.id
  ip_configuration_name = "internal"
  nat_rule_id           = azurerm_lb_nat_rule.admin.id
}
