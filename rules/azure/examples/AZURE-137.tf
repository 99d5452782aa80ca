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
