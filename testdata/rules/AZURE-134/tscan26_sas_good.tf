# tscan26: custom data pasted as wrapped base64 that names where the SAS
# is kept (a Key Vault secret read at boot), and a SAS requested at run
# time (a version and permissions, no signature).
locals {
  reports_boot = <<-EOT
    I2Nsb3VkLWNvbmZpZwp3cml0ZV9maWxlczoKICAtIHBhdGg6IC9ldGMvYXBwL3N0b3JhZ2UuZW52
    CiAgICBjb250ZW50OiB8CiAgICAgIFNUT1JBR0VfQUNDT1VOVD1hY21lcmVwb3J0cwogICAgICBT
    VE9SQUdFX1NBU19TRUNSRVRfTkFNRT1yZXBvcnRzLXNhcwpydW5jbWQ6CiAgLSBbIC9vcHQvYXBw
    L2ZldGNoLXNhcy5zaCwgLS12YXVsdCwga3YtYXBwIF0K
  EOT
  sync_boot = <<-EOT
    #!/bin/bash
    # Ask the broker for a read-only SAS (sv=2022-11-02&sp=rl); it returns the signed token at run time.
    SAS=$(curl -s "http://sas-broker.internal/issue?sv=2022-11-02&sp=rl")
    azcopy copy "https://acmesync.blob.core.windows.net/in$SAS" /data
  EOT
}

resource "azurerm_linux_virtual_machine" "wrapped_base64" {
  name                       = "vm-reports"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-reports"]
  encryption_at_host_enabled = true
  custom_data                = local.reports_boot

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

resource "azurerm_linux_virtual_machine" "sas_request" {
  name                       = "vm-sync"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-sync"]
  encryption_at_host_enabled = true
  custom_data                = base64encode(local.sync_boot)

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

# cloud-config that has cloud-init generate the password (RANDOM) and a
# user whose password is given as a hash (passwd).
resource "azurerm_linux_virtual_machine" "cloud_config_password" {
  name                       = "vm-kiosk"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-kiosk"]
  encryption_at_host_enabled = true
  custom_data                = base64encode(local.kiosk_boot)

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
    password: RANDOM
    chpasswd: { expire: true }
    users:
      - name: kiosk
        lock_passwd: false
        passwd: $6$rounds=4096$kiosk$Jm0uN5iB2cXq9yVd8tLrW1sPaE3fHgK7oZ4nM6bC0xQ
  EOT
}
