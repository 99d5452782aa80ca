data "azurerm_client_config" "current" {}

variable "dba_group_object_id" {
  type    = string
  default = "00000000-0000-0000-0000-000000000000"
}

resource "azurerm_mssql_server" "app" {
  name                          = "acme-sql"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    tenant_id                   = data.azurerm_client_config.current.tenant_id
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "app" {
  server_id              = azurerm_mssql_server.app.id
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
  principal_name      = "pg-admins"
  principal_type      = "Group"
}
