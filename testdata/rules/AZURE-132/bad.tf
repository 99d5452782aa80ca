resource "azurerm_linux_virtual_machine" "app" {
  name                            = "app"
  resource_group_name             = "rg"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password
  disable_password_authentication = false # want AZURE-132
  network_interface_ids           = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/app"]
  encryption_at_host_enabled      = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

variable "admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_linux_virtual_machine_scale_set" "workers" { # want AZURE-188
  name                            = "workers"
  resource_group_name             = "rg"
  location                        = "westeurope"
  sku                             = "Standard_B2s"
  instances                       = 2
  admin_username                  = "azureuser"
  admin_password                  = var.admin_password
  disable_password_authentication = false # want AZURE-132
  encryption_at_host_enabled      = true

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }

  network_interface {
    name    = "nic"
    primary = true
    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
    }
  }
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/legacy"]
  vm_size               = "Standard_B2s"

  storage_os_disk {
    name              = "legacy-os"
    caching           = "ReadWrite"
    create_option     = "FromImage"
    managed_disk_type = "Standard_LRS"
  }

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureuser"
    admin_password = var.admin_password
  }

  os_profile_linux_config {
    disable_password_authentication = false # want AZURE-132
  }
}

resource "azurerm_storage_account_local_user" "partner" {
  name                 = "partner"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmesftp"
  ssh_key_enabled      = false
  ssh_password_enabled = true # want AZURE-132 "SFTP local user"
  home_directory       = "inbound"

  permission_scope {
    service       = "blob"
    resource_name = "inbound"

    permissions {
      read   = true
      create = true
    }
  }
}
