# Database servers that have a Microsoft Entra administrator but still let
# passwords sign in (servers without one are AZURE-137's).
data "azurerm_client_config" "current" {}

variable "sql_password" {
  type      = string
  sensitive = true
}

variable "dba_group_object_id" {
  type = string
}

resource "azurerm_mssql_server" "orders" {
  name                          = "acme-orders-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.sql_password
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator { # want AZURE-108 "SQL logins with passwords"
    login_username = "sql-admins"
    object_id      = var.dba_group_object_id
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "orders" {
  server_id              = azurerm_mssql_server.orders.id
  log_monitoring_enabled = true
}

resource "azurerm_mssql_server" "reports" {
  name                          = "acme-reports-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.sql_password
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    azuread_authentication_only = false # want AZURE-108
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "reports" {
  server_id              = azurerm_mssql_server.reports.id
  log_monitoring_enabled = true
}

# PostgreSQL flexible server: Entra sign-in on, passwords on by default.
resource "azurerm_postgresql_flexible_server" "app" {
  name                          = "acme-pg"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  administrator_login           = "pgadmin"
  administrator_password        = var.sql_password
  public_network_access_enabled = false

  authentication { # want AZURE-108 "PostgreSQL password logins"
    active_directory_auth_enabled = true
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }
}

# MySQL flexible server with an Entra administrator and aad_auth_only left
# at its default (OFF)...
resource "azurerm_user_assigned_identity" "mysql" {
  name                = "acme-mysql-entra"
  resource_group_name = "rg-data"
  location            = "westeurope"
}

resource "azurerm_mysql_flexible_server" "shop" { # want AZURE-108 "no aad_auth_only = ON" # want AZURE-020
  name                   = "acme-shop"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  administrator_login    = "mysqladmin"
  administrator_password = var.sql_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"

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

# ...and one that writes it OFF.
resource "azurerm_mysql_flexible_server" "crm" { # want AZURE-020
  name                   = "acme-crm"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  administrator_login    = "mysqladmin"
  administrator_password = var.sql_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.mysql.id]
  }
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "crm" {
  server_id   = azurerm_mysql_flexible_server.crm.id
  identity_id = azurerm_user_assigned_identity.mysql.id
  login       = "dba-group"
  object_id   = var.dba_group_object_id
  tenant_id   = data.azurerm_client_config.current.tenant_id
}

resource "azurerm_mysql_flexible_server_configuration" "crm_aad_only" {
  name                = "aad_auth_only"
  resource_group_name = "rg-data"
  server_name         = azurerm_mysql_flexible_server.crm.name
  value               = "OFF" # want AZURE-108 "aad_auth_only is \"OFF\""
}

# SQL Managed Instance: the same switch, on its Entra administrator block.
resource "azurerm_mssql_managed_instance" "legacy_apps" {
  name                         = "acme-sqlmi"
  resource_group_name          = "rg-data"
  location                     = "westeurope"
  license_type                 = "BasePrice"
  sku_name                     = "GP_Gen5"
  storage_size_in_gb           = 32
  subnet_id                    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/sqlmi"
  vcores                       = 4
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_password

  azure_active_directory_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    principal_type              = "Group"
    azuread_authentication_only = false # want AZURE-108
  }
}

# The managed instance's administrator as a resource of its own, passwords
# left on.
resource "azurerm_mssql_managed_instance_active_directory_administrator" "legacy_apps" { # want AZURE-108
  managed_instance_id = azurerm_mssql_managed_instance.legacy_apps.id
  login_username      = "sql-admins"
  object_id           = var.dba_group_object_id
  tenant_id           = data.azurerm_client_config.current.tenant_id
}
