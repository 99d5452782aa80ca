resource "azurerm_mssql_server" "app" { # want AZURE-111 AZURE-137
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = "S3cure!Passw0rd-2024" # want AZURE-150 "administrator_login_password is a literal"
  public_network_access_enabled = false
}

# A module-style input with a literal default is still written in the code.
variable "vm_admin_password" {
  type      = string
  sensitive = true
  default   = "Winter2024!Adm1n"
}

resource "azurerm_windows_virtual_machine" "jump" { # want AZURE-106
  name                  = "jump"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureadmin"
  admin_password        = var.vm_admin_password # want AZURE-150
  network_interface_ids = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/jump"]

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

# The legacy resource keeps it in os_profile.
resource "azurerm_virtual_machine" "legacy" {
  name                  = "legacy"
  location              = "westeurope"
  resource_group_name   = "rg-app"
  network_interface_ids = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/legacy"]
  vm_size               = "Standard_DS1_v2"

  storage_os_disk {
    name              = "legacy-os"
    create_option     = "FromImage"
    managed_disk_type = "Premium_LRS"
  }

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureadmin"
    admin_password = "Legacy#Pass1234" # want AZURE-150
  }

  os_profile_windows_config {}
}

variable "servers" {
  type = map(string)
  default = {
    orders  = "Orders!Pg2024x"
    billing = "Billing!Pg2024y"
  }
}

resource "azurerm_postgresql_flexible_server" "db" { # want AZURE-137 # want AZURE-020
  for_each               = var.servers
  name                   = "acme-${each.key}"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "16"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "pgadmin"
  administrator_password = each.value # want AZURE-150
}

variable "strat26_user_password" {
  type    = string
  default = "Winter2024!Pilot"
}

resource "azuread_user" "strat26_pilot" {
  user_principal_name = "pilot@example.onmicrosoft.com"
  display_name        = "Pilot"
  password            = var.strat26_user_password # want AZURE-150 "password comes from var.strat26_user_password default"
}

resource "azurerm_key_vault_secret" "strat26_zip_password" {
  name            = "zip-password"
  value           = "Qx7!mPz4-archive" # want AZURE-150 "value is a literal"
  key_vault_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/app"
  expiration_date = "2030-01-01T00:00:00Z"
}

resource "azurerm_key_vault_secret" "strat26_db_url" {
  name            = "db-url"
  value           = "postgresql://app:Sup3rS3cret@db.internal:5432/app" # want AZURE-150
  key_vault_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/app"
  expiration_date = "2030-01-01T00:00:00Z"
}
