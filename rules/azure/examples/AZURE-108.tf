resource "azurerm_cosmosdb_account" "app" {
  name                          = "acme-cosmos"
  location                      = azurerm_resource_group.app.location
  resource_group_name           = azurerm_resource_group.app.name
  offer_type                    = "Standard"
  local_authentication_disabled = true
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }
  geo_location {
    location          = azurerm_resource_group.app.location
    failover_priority = 0
  }
}

resource "azurerm_mssql_server" "app" {
  name                = "acme-sql"
  resource_group_name = azurerm_resource_group.app.name
  location            = azurerm_resource_group.app.location
  version             = "12.0"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    azuread_authentication_only = true
  }
}
