# Database servers that sign in with Microsoft Entra ID only.
data "azurerm_client_config" "current" {}

variable "dba_group_object_id" {
  type = string
}

resource "azurerm_mssql_server" "orders" {
  name                          = "acme-orders-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "orders" {
  server_id              = azurerm_mssql_server.orders.id
  log_monitoring_enabled = true
}

resource "azurerm_postgresql_flexible_server" "app" {
  name                          = "acme-pg"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = false

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }
}

resource "azurerm_postgresql_flexible_server_active_directory_administrator" "app" {
  server_name         = azurerm_postgresql_flexible_server.app.name
  resource_group_name = "rg-data"
  tenant_id           = data.azurerm_client_config.current.tenant_id
  object_id           = var.dba_group_object_id
  principal_name      = "dba-group"
  principal_type      = "Group"
}

# A MySQL flexible server whose parameters come from a map, as modules
# write them: aad_auth_only is ON.
resource "azurerm_user_assigned_identity" "mysql" {
  name                = "acme-mysql-entra"
  resource_group_name = "rg-data"
  location            = "westeurope"
}

resource "azurerm_mysql_flexible_server" "shop" { # want AZURE-020
  name                = "acme-shop"
  resource_group_name = "rg-data"
  location            = "westeurope"
  sku_name            = "GP_Standard_D2ds_v4"
  version             = "8.0.21"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.mysql.id]
  }
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "shop" {
  server_id   = azurerm_mysql_flexible_server.shop.id
  identity_id = azurerm_user_assigned_identity.mysql.id
  login       = "dba-group"
  object_id   = var.dba_group_object_id
  tenant_id   = data.azurerm_client_config.current.tenant_id
}

variable "mysql_parameters" {
  type = map(string)
  default = {
    aad_auth_only            = "ON"
    require_secure_transport = "ON"
  }
}

resource "azurerm_mysql_flexible_server_configuration" "shop" {
  for_each            = var.mysql_parameters
  name                = each.key
  resource_group_name = "rg-data"
  server_name         = azurerm_mysql_flexible_server.shop.name
  value               = each.value
}

resource "azurerm_mssql_managed_instance" "legacy_apps" {
  name                         = "acme-sqlmi"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  license_type                 = "BasePrice"
  sku_name                     = "GP_Gen5"
  storage_size_in_gb           = 32
  subnet_id                    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sqlmi"
  vcores                       = 4

  azure_active_directory_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    principal_type              = "Group"
    azuread_authentication_only = true
  }
}

# A server without an Entra administrator has only passwords: that is
# AZURE-137's finding, not this rule's.
variable "sql_password" {
  type      = string
  sensitive = true
}

resource "azurerm_mysql_flexible_server" "legacy" { # want AZURE-137 # want AZURE-020
  name                   = "acme-legacy"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  administrator_login    = "mysqladmin"
  administrator_password = var.sql_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
}
