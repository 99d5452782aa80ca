resource "azurerm_mssql_server" "app" {
  name                = "acme-sql"
  resource_group_name = azurerm_resource_group.data.name
  location            = azurerm_resource_group.data.location
  version             = "12.0"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    azuread_authentication_only = true
  }
}

resource "azurerm_mysql_flexible_server" "orders" {
  name                   = "acme-orders"
  resource_group_name    = azurerm_resource_group.data.name
  location               = azurerm_resource_group.data.location
  administrator_login    = "mysqladmin"
  administrator_password = var.mysql_password
  sku_name               = "GP_Standard_D2ds_v4"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.mysql.id]
  }
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "orders" {
  server_id   = azurerm_mysql_flexible_server.orders.id
  identity_id = azurerm_user_assigned_identity.mysql.id
  login       = "dba-group"
  object_id   = var.dba_group_object_id
  tenant_id   = var.tenant_id
}
