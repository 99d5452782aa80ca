resource "azurerm_resource_group" "rg" {
  name     = "rg-web"
  location = "westeurope"
}

resource "azurerm_virtual_network" "vnet" {
  name                = "vnet-web"
  address_space       = ["10.30.0.0/16"]
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
}

resource "azurerm_subnet" "web" {
  name                 = "snet-web"
  resource_group_name  = azurerm_resource_group.rg.name
  virtual_network_name = azurerm_virtual_network.vnet.name
  address_prefixes     = ["10.30.1.0/24"]
}

resource "azurerm_subnet" "admin" {
  name                 = "snet-admin"
  resource_group_name  = azurerm_resource_group.rg.name
  virtual_network_name = azurerm_virtual_network.vnet.name
  address_prefixes     = ["10.30.2.0/24"]
}

resource "azurerm_network_interface" "web" {
  name                = "nic-web"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.web.id
    private_ip_address_allocation = "Dynamic"
  }
}

# A Standard load balancer drops inbound traffic until a network security
# group allows it: RDP forwarded to a machine without one is not reachable.
resource "azurerm_public_ip" "std" {
  name                = "pip-std"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_lb" "std" {
  name                = "lb-std"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  sku                 = "Standard"

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.std.id
  }
}

resource "azurerm_lb_backend_address_pool" "std" {
  loadbalancer_id = azurerm_lb.std.id
  name            = "web"
}

resource "azurerm_lb_rule" "std_rdp" {
  loadbalancer_id                = azurerm_lb.std.id
  name                           = "rdp"
  protocol                       = "Tcp"
  frontend_port                  = 3389
  backend_port                   = 3389
  frontend_ip_configuration_name = "public"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.std.id]
}

resource "azurerm_network_interface_backend_address_pool_association" "std" {
  network_interface_id    = azurerm_network_interface.web.id
  ip_configuration_name   = "internal"
  backend_address_pool_id = azurerm_lb_backend_address_pool.std.id
}

# A Basic load balancer forwarding HTTPS only.
resource "azurerm_public_ip" "basic" {
  name                = "pip-basic"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  allocation_method   = "Dynamic"
}

resource "azurerm_lb" "basic" {
  name                = "lb-basic"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.basic.id
  }
}

resource "azurerm_lb_backend_address_pool" "basic" {
  loadbalancer_id = azurerm_lb.basic.id
  name            = "web"
}

resource "azurerm_lb_rule" "https" {
  loadbalancer_id                = azurerm_lb.basic.id
  name                           = "https"
  protocol                       = "Tcp"
  frontend_port                  = 443
  backend_port                   = 443
  frontend_ip_configuration_name = "public"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.basic.id]
}

resource "azurerm_network_interface_backend_address_pool_association" "basic" {
  network_interface_id    = azurerm_network_interface.web.id
  ip_configuration_name   = "internal"
  backend_address_pool_id = azurerm_lb_backend_address_pool.basic.id
}

# SSH through the Basic load balancer to a machine whose subnet has a
# network security group (AZURE-001 judges its rules).
resource "azurerm_network_security_group" "admin" { # want AZURE-002
  name                = "nsg-admin"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

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

resource "azurerm_subnet_network_security_group_association" "admin" {
  subnet_id                 = azurerm_subnet.admin.id
  network_security_group_id = azurerm_network_security_group.admin.id
}

resource "azurerm_network_interface" "jump" {
  name                = "nic-jump"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.admin.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_lb_nat_rule" "ssh" {
  resource_group_name            = azurerm_resource_group.rg.name
  loadbalancer_id                = azurerm_lb.basic.id
  name                           = "ssh-jump"
  protocol                       = "Tcp"
  frontend_port                  = 50022
  backend_port                   = 22
  frontend_ip_configuration_name = "public"
}

resource "azurerm_network_interface_nat_rule_association" "jump" {
  network_interface_id  = azurerm_network_interface.jump.id
  ip_configuration_name = "internal"
  nat_rule_id           = azurerm_lb_nat_rule.ssh.id
}

# An internal Basic load balancer has no public frontend.
resource "azurerm_lb" "internal" {
  name                = "lb-internal"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  sku                 = "Basic"

  frontend_ip_configuration {
    name                          = "private"
    subnet_id                     = azurerm_subnet.web.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_lb_backend_address_pool" "internal" {
  loadbalancer_id = azurerm_lb.internal.id
  name            = "db"
}

resource "azurerm_lb_rule" "internal_sql" {
  loadbalancer_id                = azurerm_lb.internal.id
  name                           = "sql"
  protocol                       = "Tcp"
  frontend_port                  = 1433
  backend_port                   = 1433
  frontend_ip_configuration_name = "private"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.internal.id]
}

resource "azurerm_network_interface_backend_address_pool_association" "internal" {
  network_interface_id    = azurerm_network_interface.web.id
  ip_configuration_name   = "internal"
  backend_address_pool_id = azurerm_lb_backend_address_pool.internal.id
}

# No sku on the load balancer nor on its Static address: the default
# depends on the provider version (Standard on current releases), so the
# rule does not guess.
resource "azurerm_public_ip" "unpinned" {
  name                = "pip-unpinned"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  allocation_method   = "Static"
}

resource "azurerm_lb" "unpinned" {
  name                = "lb-unpinned"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.unpinned.id
  }
}

resource "azurerm_lb_backend_address_pool" "unpinned" {
  loadbalancer_id = azurerm_lb.unpinned.id
  name            = "web"
}

resource "azurerm_lb_rule" "unpinned_ssh" {
  loadbalancer_id                = azurerm_lb.unpinned.id
  name                           = "ssh"
  protocol                       = "Tcp"
  frontend_port                  = 22
  backend_port                   = 22
  frontend_ip_configuration_name = "public"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.unpinned.id]
}

resource "azurerm_network_interface_backend_address_pool_association" "unpinned" {
  network_interface_id    = azurerm_network_interface.web.id
  ip_configuration_name   = "internal"
  backend_address_pool_id = azurerm_lb_backend_address_pool.unpinned.id
}

# A scale set whose interfaces name a network security group.
resource "azurerm_network_security_group" "workers" { # want AZURE-002
  name                = "nsg-workers"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
}

resource "azurerm_lb_nat_pool" "rdp" {
  resource_group_name            = azurerm_resource_group.rg.name
  loadbalancer_id                = azurerm_lb.basic.id
  name                           = "rdp"
  protocol                       = "Tcp"
  frontend_port_start            = 51000
  frontend_port_end              = 51100
  backend_port                   = 3389
  frontend_ip_configuration_name = "public"
}

resource "azurerm_linux_virtual_machine_scale_set" "workers" { # want AZURE-188
  name                            = "vmss-workers"
  resource_group_name             = azurerm_resource_group.rg.name
  location                        = azurerm_resource_group.rg.location
  sku                             = "Standard_B2s"
  instances                       = 2
  admin_username                  = "ops"
  disable_password_authentication = true
  encryption_at_host_enabled      = true

  admin_ssh_key {
    username   = "ops"
    public_key = file("ops.pub")
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }

  os_disk {
    storage_account_type = "Standard_LRS"
    caching              = "ReadWrite"
  }

  network_interface {
    name                      = "workers"
    primary                   = true
    network_security_group_id = azurerm_network_security_group.workers.id

    ip_configuration {
      name                                = "internal"
      primary                             = true
      subnet_id                           = azurerm_subnet.web.id
      load_balancer_inbound_nat_rules_ids = [azurerm_lb_nat_pool.rdp.id]
    }
  }
}
