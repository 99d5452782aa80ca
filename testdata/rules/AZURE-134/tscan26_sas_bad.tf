# tscan26: a SAS in a connection string, and custom data pasted as
# base64 wrapped in lines (as base64 -w 76 writes it).
locals {
  sync_boot = <<-EOT
    #!/bin/bash
    echo "STORAGE_CONNECTION=BlobEndpoint=https://acmesync.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-06-30T00:00:00Z&spr=https&sig=Zk9vQmFyQmF6UXV4MTIzNDU2Nzg5MGFiY2Q%3D" > /etc/sync.env
  EOT
  reports_boot = <<-EOT
    I2Nsb3VkLWNvbmZpZwp3cml0ZV9maWxlczoKICAtIHBhdGg6IC9ldGMvYXBwL3N0b3JhZ2UuZW52
    CiAgICBjb250ZW50OiB8CiAgICAgIFNUT1JBR0VfU0FTX1RPS0VOPSI/c3Y9MjAyMi0xMS0wMiZz
    cz1iJnNydD1jbyZzcD1ybCZzZT0yMDI3LTA2LTMwVDAwOjAwOjAwWiZzcHI9aHR0cHMmc2lnPXU3
    UXcyWnQ5cExtNFhjOFZiMU5uM1JyNVR0N1l5OUFhMFNzMkRkNEZmNiUzRCIK
  EOT
}

resource "azurerm_linux_virtual_machine" "sas_connection" {
  name                       = "vm-sync"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-sync"]
  encryption_at_host_enabled = true
  custom_data                = base64encode(local.sync_boot) # want AZURE-134 "shared access signature"

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx azureuser"
  }
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_linux_virtual_machine" "wrapped_base64" {
  name                       = "vm-reports"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-reports"]
  encryption_at_host_enabled = true
  custom_data                = local.reports_boot # want AZURE-134 "shared access signature"

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx azureuser"
  }
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

# A cloud-config that sets the default user's password in clear text (any
# length: the key says what it is).
resource "azurerm_linux_virtual_machine" "cloud_config_password" {
  name                       = "vm-kiosk"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-kiosk"]
  encryption_at_host_enabled = true
  custom_data                = base64encode(local.kiosk_boot) # want AZURE-134 "password in cloud-config"

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx azureuser"
  }
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

locals {
  kiosk_boot = <<-EOT
    #cloud-config
    password: K10sk!7
    chpasswd: { expire: false }
    ssh_pwauth: false
  EOT
}
