variable "monitoring_extension" {
  type = string
}

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
      subnet_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-batch/providers/Microsoft.Network/virtualNetworks/vnet-batch/subnets/snet-workers"
    }
  }

  # Which agent the module installs is a variable.
  extension {
    name                 = "monitoring"
    publisher            = "Microsoft.Azure.Monitor"
    type                 = var.monitoring_extension # want-note AZURE-188
    type_handler_version = "1.29"
  }
}
