# Keys only, the default.
resource "azurerm_linux_virtual_machine" "app" {
  name                       = "app"
  resource_group_name        = "rg"
  location                   = "westeurope"
  size                       = "Standard_B2s"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/app"]
  encryption_at_host_enabled = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBxZ7dQxqgSEXAMPLEKEYONLYnotarealkey0000000 ops@example.com"
  }

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

variable "ssh_public_key" {
  type    = string
  default = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBxZ7dQxqgSEXAMPLEKEYONLYnotarealkey0000000 ops@example.com"
}

resource "azurerm_linux_virtual_machine_scale_set" "workers" { # want AZURE-188
  name                            = "workers"
  resource_group_name             = "rg"
  location                        = "westeurope"
  sku                             = "Standard_B2s"
  instances                       = 2
  admin_username                  = "azureuser"
  disable_password_authentication = true
  encryption_at_host_enabled      = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

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
  }

  os_profile_linux_config {
    disable_password_authentication = true
    ssh_keys {
      path     = "/home/azureuser/.ssh/authorized_keys"
      key_data = var.ssh_public_key
    }
  }
}

variable "allow_passwords" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "unknown" {
  name                            = "unknown"
  resource_group_name             = "rg"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  disable_password_authentication = var.allow_passwords # want-note AZURE-132
  network_interface_ids           = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/unknown"]
  encryption_at_host_enabled      = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

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

variable "partner_public_key" {
  type    = string
  default = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExamplePartnerKey partner"
}

resource "azurerm_storage_account_local_user" "partner" {
  name                 = "partner"
  storage_account_id   = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmesftp"
  ssh_key_enabled      = true
  ssh_password_enabled = false
  home_directory       = "inbound"

  ssh_authorized_key {
    description = "partner"
    key         = var.partner_public_key
  }

  permission_scope {
    service       = "blob"
    resource_name = "inbound"

    permissions {
      read   = true
      create = true
    }
  }
}

resource "azurerm_storage_account_local_user" "auditor" {
  name               = "auditor"
  storage_account_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/acmesftp"
  ssh_key_enabled    = true

  ssh_authorized_key {
    key = var.partner_public_key
  }
}
