resource "azurerm_public_ip" "lb" {
  name                = "pip-web-lb"
  location            = "westeurope"
  resource_group_name = "rg-web"
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_lb" "web" {
  name                = "lb-web"
  location            = "westeurope"
  resource_group_name = "rg-web"
  sku                 = "Standard"

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.lb.id
  }
}

resource "azurerm_lb_nat_rule" "ssh" {
  resource_group_name            = "rg-web"
  loadbalancer_id                = azurerm_lb.web.id
  name                           = "ssh-jump"
  protocol                       = "Tcp"
  frontend_port                  = 50022
  backend_port                   = 22
  frontend_ip_configuration_name = "public"
}

resource "azurerm_network_security_group" "hosts" {
  name                = "nsg-hosts"
  location            = "westeurope"
  resource_group_name = "rg-web"

  security_rule {
    name                       = "ssh-from-office"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "203.0.113.0/24"
    destination_address_prefix = "*"
  }
}

resource "azurerm_subnet_network_security_group_association" "hosts" {
  subnet_id                 = azurerm_subnet.hosts.id
  network_security_group_id = azurerm_network_security_group.hosts.id
}
