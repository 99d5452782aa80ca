resource "azurerm_resource_group" "rg" {
  name     = "rg-legacy"
  location = "westeurope"
}

resource "azurerm_virtual_network" "vnet" {
  name                = "vnet-legacy"
  address_space       = ["10.20.0.0/16"]
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
}

resource "azurerm_subnet" "hosts" {
  name                 = "snet-hosts"
  resource_group_name  = azurerm_resource_group.rg.name
  virtual_network_name = azurerm_virtual_network.vnet.name
  address_prefixes     = ["10.20.1.0/24"]
}

# A Basic public IP (Dynamic allocation) in front of a Basic load balancer.
resource "azurerm_public_ip" "lb" {
  name                = "pip-legacy-lb"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  allocation_method   = "Dynamic"
}

resource "azurerm_lb" "legacy" {
  name                = "lb-legacy"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.lb.id
  }
}

resource "azurerm_lb_backend_address_pool" "hosts" {
  loadbalancer_id = azurerm_lb.legacy.id
  name            = "hosts"
}

resource "azurerm_lb_rule" "rdp" {
  loadbalancer_id                = azurerm_lb.legacy.id
  name                           = "rdp"
  protocol                       = "Tcp"
  frontend_port                  = 3389
  backend_port                   = 3389 # want AZURE-187 "port 3389 .RDP. .*network_interface.host. which"
  frontend_ip_configuration_name = "public"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.hosts.id]
}

resource "azurerm_network_interface" "host" {
  name                = "nic-host"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.hosts.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface_backend_address_pool_association" "host" {
  network_interface_id    = azurerm_network_interface.host.id
  ip_configuration_name   = "internal"
  backend_address_pool_id = azurerm_lb_backend_address_pool.hosts.id
}

# An inbound NAT rule: a high frontend port forwarded to SSH.
resource "azurerm_lb_nat_rule" "ssh" {
  resource_group_name            = azurerm_resource_group.rg.name
  loadbalancer_id                = azurerm_lb.legacy.id
  name                           = "ssh-jump"
  protocol                       = "Tcp"
  frontend_port                  = 50022
  backend_port                   = 22 # want AZURE-187 "port 22 .SSH."
  frontend_ip_configuration_name = "public"
}

resource "azurerm_network_interface" "jump" {
  name                = "nic-jump"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.hosts.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface_nat_rule_association" "jump" {
  network_interface_id  = azurerm_network_interface.jump.id
  ip_configuration_name = "internal"
  nat_rule_id           = azurerm_lb_nat_rule.ssh.id
}

# A load balancer that says it is Basic, with a NAT pool to a scale set.
resource "azurerm_public_ip" "workers" {
  name                = "pip-workers"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  allocation_method   = "Static"
  sku                 = "Basic"
}

resource "azurerm_lb" "workers" {
  name                = "lb-workers"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name
  sku                 = "Basic"

  frontend_ip_configuration {
    name                 = "workers"
    public_ip_address_id = azurerm_public_ip.workers.id
  }
}

resource "azurerm_lb_nat_pool" "winrm" {
  resource_group_name            = azurerm_resource_group.rg.name
  loadbalancer_id                = azurerm_lb.workers.id
  name                           = "winrm"
  protocol                       = "Tcp"
  frontend_port_start            = 51000
  frontend_port_end              = 51100
  backend_port                   = 5986 # want AZURE-187 "WinRM.*azurerm_linux_virtual_machine_scale_set.workers"
  frontend_ip_configuration_name = "workers"
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
    name    = "workers"
    primary = true

    ip_configuration {
      name                                   = "internal"
      primary                                = true
      subnet_id                              = azurerm_subnet.hosts.id
      load_balancer_inbound_nat_rules_ids = [azurerm_lb_nat_pool.winrm.id]
    }
  }
}
