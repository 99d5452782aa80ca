variable "regions" {
  type    = map(string)
  default = { weu = "westeurope", neu = "northeurope" }
}

# Keys read and write data only; databases and containers are created
# through Azure Resource Manager, by the resources below.
resource "azurerm_cosmosdb_account" "orders" { # want AZURE-108
  for_each                           = var.regions
  name                               = "acme-orders-${each.key}"
  location                           = each.value
  resource_group_name                = "rg-data"
  offer_type                         = "Standard"
  kind                               = "GlobalDocumentDB"
  public_network_access_enabled      = false
  access_key_metadata_writes_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = each.value
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_sql_database" "orders" {
  for_each            = var.regions
  name                = "orders"
  resource_group_name = "rg-data"
  account_name        = azurerm_cosmosdb_account.orders[each.key].name
}

# No account keys at all: clients authenticate with Microsoft Entra ID.
resource "azurerm_cosmosdb_account" "ledger" {
  name                          = "acme-ledger"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  offer_type                    = "Standard"
  kind                          = "GlobalDocumentDB"
  public_network_access_enabled = false
  local_authentication_disabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
