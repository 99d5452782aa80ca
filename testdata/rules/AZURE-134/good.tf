variable "db_password_secret_id" {
  type    = string
  default = "https://kv-app.vault.azure.net/secrets/db-password"
}

variable "bootstrap" {
  type = string
}

# The VM reads its secret from Key Vault at boot with its managed identity.
resource "azurerm_linux_virtual_machine" "app" {
  name                       = "vm-app"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-app"]
  encryption_at_host_enabled = true
  custom_data = base64encode(templatefile("${path.module}/cloud-init.sh.tftpl", {
    secret_id = var.db_password_secret_id
  }))
  user_data = base64encode(<<-EOT
    #!/bin/bash
    TOKEN=$(curl -s -H Metadata:true "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net" | jq -r .access_token)
    export DB_PASSWORD=$(curl -s -H "Authorization: Bearer $TOKEN" "${var.db_password_secret_id}?api-version=7.4" | jq -r .value)
  EOT
  )

  identity {
    type = "SystemAssigned"
  }
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

# Custom data from the caller cannot be read here.
resource "azurerm_linux_virtual_machine" "from_caller" {
  name                       = "vm-caller"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/vm-caller"]
  encryption_at_host_enabled = true
  custom_data                = var.bootstrap

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

# A Key Vault reference names where the secret is kept; the app reads it
# with its managed identity. Settings that are not secrets are not judged.
resource "azurerm_linux_function_app" "api" {
  name                          = "func-api"
  resource_group_name           = "rg-app"
  location                      = "westeurope"
  service_plan_id               = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan-api"
  storage_account_name          = "stapi"
  storage_uses_managed_identity = true
  https_only                    = true

  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false
  client_certificate_enabled                     = true
  client_certificate_mode                        = "Required"

  app_settings = {
    FUNCTIONS_WORKER_RUNTIME = "python"
    JWT_SECRET               = "@Microsoft.KeyVault(SecretUri=https://kv-app.vault.azure.net/secrets/jwt)"
    TOKEN_TTL_SECONDS        = "3600"
  }

  identity {
    type = "SystemAssigned"
  }

  site_config {}
}
