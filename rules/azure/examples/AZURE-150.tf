resource "random_password" "sql_admin" {
  length  = 32
  special = true
}

resource "azurerm_mssql_server" "app" {
  name                         = "acme-sql"
  resource_group_name          = azurerm_resource_group.app.name
  location                     = azurerm_resource_group.app.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = random_password.sql_admin.result # or no password: azuread_authentication_only

  azuread_administrator {
    login_username = "sql-admins"
    object_id      = var.sql_admins_group_id
  }
}
