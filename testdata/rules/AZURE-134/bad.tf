locals {
  boot = <<-EOT
    #!/bin/bash
    export DB_PASSWORD=Pr0d-Passw0rd-2026
    /opt/app/start.sh
  EOT
}

resource "azurerm_linux_virtual_machine" "app" {
  name                       = "vm-app"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-app"]
  encryption_at_host_enabled = true
  custom_data                = base64encode(local.boot) # want AZURE-134 "custom_data holds a literal password assignment"

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

resource "azurerm_windows_virtual_machine_scale_set" "workers" { # want AZURE-188
  name                       = "vmss-workers"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  sku                        = "Standard_D2s_v5"
  instances                  = 2
  admin_username             = "azureadmin"
  admin_password             = var.admin_password
  encryption_at_host_enabled = true
  user_data                  = "RGVmYXVsdEVuZHBvaW50c1Byb3RvY29sPWh0dHBzO0FjY291bnROYW1lPWFjbWU7QWNjb3VudEtleT1RbUZ6WlRZMFMyVjVWR2hoZEVselRHOXVaMFZ1YjNWbmFBPT0=" # want AZURE-134 "connection string"

  network_interface {
    name    = "nic"
    primary = true
    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/workers"
    }
  }
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter-azure-edition"
    version   = "latest"
  }
}

variable "admin_password" {
  type      = string
  sensitive = true
}

# The legacy VM resource; the script escapes its quotes.
locals {
  legacy_boot = <<-EOT
    #!/bin/bash
    echo "export REPORTS_DB_PASSWORD=\"Lg4cy-Rep0rts-2026\"" >> /etc/environment
  EOT
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  vm_size               = "Standard_D2s_v5"
  network_interface_ids = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-legacy"]

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureuser"
    custom_data    = local.legacy_boot # want AZURE-134 "password assignment"
  }

  os_profile_linux_config {
    disable_password_authentication = true
    ssh_keys {
      path     = "/home/azureuser/.ssh/authorized_keys"
      key_data = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx azureuser"
    }
  }
}

# An app's settings are part of its configuration: a literal secret there
# is readable by whoever may list the site's configuration.
resource "azurerm_linux_function_app" "api" {
  name                       = "func-api"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan-api"
  storage_account_name       = "stapi"
  storage_account_access_key = var.storage_key
  https_only                 = true

  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false
  client_certificate_enabled                     = true
  client_certificate_mode                        = "Required"

  app_settings = {
    FUNCTIONS_WORKER_RUNTIME = "python"
    JWT_SECRET               = "T2BYL6#]zc>Byuzu" # want AZURE-134 "app_settings.JWT_SECRET"
  }

  site_config {}
}

variable "storage_key" {
  type      = string
  sensitive = true
}
