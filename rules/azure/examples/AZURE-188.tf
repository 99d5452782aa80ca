resource "azurerm_linux_virtual_machine_scale_set" "workers" {
  name                            = "vmss-workers"
  resource_group_name             = "rg-batch"
  location                        = "westeurope"
  sku                             = "Standard_D2s_v5"
  instances                       = 3
  admin_username                  = "ops"
  disable_password_authentication = true

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

# The Azure Monitor agent; a data collection rule association sends the
# instances' syslog to a Log Analytics workspace.
resource "azurerm_virtual_machine_scale_set_extension" "ama" {
  name                         = "AzureMonitorLinuxAgent"
  virtual_machine_scale_set_id = azurerm_linux_virtual_machine_scale_set.workers.id
  publisher                    = "Microsoft.Azure.Monitor"
  type                         = "AzureMonitorLinuxAgent"
  type_handler_version         = "1.29"
  auto_upgrade_minor_version   = true
}
