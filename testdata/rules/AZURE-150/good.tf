resource "random_password" "sql" {
  length  = 32
  special = true
}

resource "azurerm_mssql_server" "generated" { # want AZURE-111
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = random_password.sql.result
  public_network_access_enabled = false

  azuread_administrator { # want AZURE-108
    login_username = "sql-admins"
    object_id      = "00000000-0000-0000-0000-000000000000"
  }
}

# Passed in at apply time.
variable "admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_linux_virtual_machine" "app" { # want AZURE-106
  name                            = "app"
  resource_group_name             = "rg-app"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureadmin"
  admin_password                  = var.admin_password
  disable_password_authentication = false # want AZURE-132
  network_interface_ids           = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/app"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts-gen2"
    version   = "latest"
  }
}

# Read from Key Vault.
data "azurerm_key_vault_secret" "pg" {
  name         = "pg-admin"
  key_vault_id = "/subscriptions/0000/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/acme-kv"
}

resource "azurerm_postgresql_flexible_server" "db" { # want AZURE-020
  name                   = "acme-pg"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  version                = "16"
  sku_name               = "GP_Standard_D2s_v3"
  administrator_login    = "pgadmin"
  administrator_password = data.azurerm_key_vault_secret.pg.value

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = true # want AZURE-108
    tenant_id                     = "00000000-0000-0000-0000-000000000000"
  }
}

# A placeholder in a module's example is no password.
resource "azurerm_mysql_flexible_server" "example" { # want AZURE-137 # want AZURE-020
  name                   = "acme-mysql"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  sku_name               = "B_Standard_B1ms"
  administrator_login    = "mysqladmin"
  administrator_password = "<your-password>"
}

resource "random_password" "strat26_user" {
  length = 24
}

resource "azuread_user" "strat26_generated" {
  user_principal_name = "ops@example.onmicrosoft.com"
  display_name        = "Ops"
  password            = random_password.strat26_user.result
}

# Configuration kept beside the secrets, a bootstrap sentence replaced out
# of band, and a generated value.
resource "azurerm_key_vault_secret" "strat26_client_id" {
  name            = "client-id"
  value           = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
  key_vault_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/app"
  expiration_date = "2030-01-01T00:00:00Z"
}

resource "azurerm_key_vault_secret" "strat26_endpoint" {
  name            = "api-endpoint"
  value           = "https://api.example.com/v1"
  key_vault_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/app"
  expiration_date = "2030-01-01T00:00:00Z"
}

resource "azurerm_key_vault_secret" "strat26_bootstrap" {
  name            = "bootstrap"
  value           = "Hello from Terraform"
  key_vault_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/app"
  expiration_date = "2030-01-01T00:00:00Z"

  lifecycle {
    ignore_changes = [value]
  }
}

resource "azurerm_key_vault_secret" "strat26_generated" {
  name            = "generated"
  value           = random_password.strat26_user.result
  key_vault_id    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.KeyVault/vaults/app"
  expiration_date = "2030-01-01T00:00:00Z"
}

# A value that says it is to be replaced, as modules' examples write it: the
# password is set out of band before anyone signs in.
resource "azuread_user" "replace_me" {
  user_principal_name = "ops@example.onmicrosoft.com"
  display_name        = "Ops"
  password            = "replace-me-before-first-sign-in"
}
