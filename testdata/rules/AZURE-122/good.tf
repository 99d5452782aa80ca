variable "disk_encryption_set_id" {
  type = string
}

resource "azurerm_disk_encryption_set" "cmk" {
  name                = "cmk"
  resource_group_name = "rg-app"
  location            = "westeurope"
  key_vault_key_id    = "https://acme-kv.vault.azure.net/keys/disks/0123456789abcdef"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_managed_disk" "data" {
  for_each               = toset(["orders", "billing"])
  name                   = "data-${each.key}"
  resource_group_name    = "rg-app"
  location               = "westeurope"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = azurerm_disk_encryption_set.cmk.id
}

resource "azurerm_managed_disk" "from_variable" {
  name                   = "data-variable"
  resource_group_name    = "rg-app"
  location               = "westeurope"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 64
  disk_encryption_set_id = var.disk_encryption_set_id
}

resource "azurerm_linux_virtual_machine" "app" {
  name                            = "app"
  resource_group_name             = "rg-app"
  location                        = "westeurope"
  size                            = "Standard_D2s_v5"
  admin_username                  = "azureuser"
  disable_password_authentication = true
  encryption_at_host_enabled      = true
  network_interface_ids           = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/app"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyOnly"
  }

  os_disk {
    caching                = "ReadWrite"
    storage_account_type   = "Premium_LRS"
    disk_encryption_set_id = azurerm_disk_encryption_set.cmk.id
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}
