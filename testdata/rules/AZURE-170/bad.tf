variable "environments" {
  type    = set(string)
  default = ["dev", "prod"]
}

variable "metadata_writes" {
  type = bool
}

# The provider's defaults: key-based metadata writes on, keys on.
resource "azurerm_cosmosdb_account" "orders" { # want AZURE-170 # want AZURE-108
  for_each                      = var.environments
  name                          = "acme-orders-${each.key}"
  location                      = "westeurope"
  resource_group_name           = "rg-data-${each.key}"
  offer_type                    = "Standard"
  kind                          = "GlobalDocumentDB"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "catalog" {
  name                               = "acme-catalog"
  location                           = "westeurope"
  resource_group_name                = "rg-data"
  offer_type                         = "Standard"
  kind                               = "MongoDB"
  public_network_access_enabled      = false
  local_authentication_disabled      = false # want AZURE-108
  access_key_metadata_writes_enabled = true  # want AZURE-170

  capabilities {
    name = "EnableMongo"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "events" { # want AZURE-108
  name                               = "acme-events"
  location                           = "westeurope"
  resource_group_name                = "rg-data"
  offer_type                         = "Standard"
  kind                               = "GlobalDocumentDB"
  public_network_access_enabled      = false
  access_key_metadata_writes_enabled = var.metadata_writes # want-note AZURE-170

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
