resource "azurerm_cosmosdb_account" "orders" {
  name                               = "acme-orders"
  location                           = "westeurope"
  resource_group_name                = "rg-data"
  offer_type                         = "Standard"
  kind                               = "GlobalDocumentDB"
  public_network_access_enabled      = false
  access_key_metadata_writes_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_sql_database" "orders" {
  name                = "orders"
  resource_group_name = "rg-data"
  account_name        = azurerm_cosmosdb_account.orders.name
}
