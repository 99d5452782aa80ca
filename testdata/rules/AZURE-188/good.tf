resource "azurerm_subnet" "workers" {
  name                 = "snet-workers"
  resource_group_name  = "rg-batch"
  virtual_network_name = "vnet-batch"
  address_prefixes     = ["10.40.1.0/24"]
}

resource "azurerm_network_security_group" "workers" { # want AZURE-002
  name                = "nsg-workers"
  location            = "westeurope"
  resource_group_name = "rg-batch"
}

resource "azurerm_subnet_network_security_group_association" "workers" {
  subnet_id                 = azurerm_subnet.workers.id
  network_security_group_id = azurerm_network_security_group.workers.id
}

# The Azure Monitor agent as a separate extension resource.
resource "azurerm_linux_virtual_machine_scale_set" "workers" {
  name                            = "vmss-workers"
  resource_group_name             = "rg-batch"
  location                        = "westeurope"
  sku                             = "Standard_D2s_v5"
  instances                       = 3
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
    storage_account_type = "Premium_LRS"
    caching              = "ReadWrite"
  }

  network_interface {
    name    = "workers"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = azurerm_subnet.workers.id
    }
  }
}

resource "azurerm_virtual_machine_scale_set_extension" "ama" {
  name                         = "AzureMonitorLinuxAgent"
  virtual_machine_scale_set_id = azurerm_linux_virtual_machine_scale_set.workers.id
  publisher                    = "Microsoft.Azure.Monitor"
  type                         = "AzureMonitorLinuxAgent"
  type_handler_version         = "1.29"
  auto_upgrade_minor_version   = true
}

# The Windows diagnostics extension in an extension block.
resource "azurerm_windows_virtual_machine_scale_set" "agents" {
  name                       = "vmss-agents"
  resource_group_name        = "rg-batch"
  location                   = "westeurope"
  sku                        = "Standard_D2s_v5"
  instances                  = 2
  admin_username             = "ops"
  admin_password             = var.admin_password
  computer_name_prefix       = "agent"
  encryption_at_host_enabled = true

  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }

  os_disk {
    storage_account_type = "Premium_LRS"
    caching              = "ReadWrite"
  }

  network_interface {
    name    = "agents"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = azurerm_subnet.workers.id
    }
  }

  extension {
    name                 = "AzureMonitorWindowsAgent"
    publisher            = "Microsoft.Azure.Monitor"
    type                 = "AzureMonitorWindowsAgent"
    type_handler_version = "1.22"
  }
}

variable "admin_password" {
  type      = string
  sensitive = true
}
