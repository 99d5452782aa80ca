resource "azapi_resource" "pg" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  name      = "acme-pg"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    sku = { name = "Standard_D2ds_v5", tier = "GeneralPurpose" }
    properties = {
      version = "16"
      network = { publicNetworkAccess = "Disabled" }
      authConfig = {
        activeDirectoryAuth = "Disabled" # want AZURE-137 "activeDirectoryAuth = \"Disabled\""
        passwordAuth        = "Enabled"
      }
    }
  }
}

resource "azapi_resource" "pg_default" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  name      = "acme-pg-reports"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = jsonencode({ # want AZURE-137 "activeDirectoryAuth is not set"
    sku = { name = "Standard_D2ds_v5", tier = "GeneralPurpose" }
    properties = {
      version = "16"
      network = { publicNetworkAccess = "Disabled" }
    }
  })
}

resource "azapi_update_resource" "pg_legacy" {
  type        = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  resource_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-legacy"
  body = {
    properties = {
      authConfig = { activeDirectoryAuth = "Disabled" } # want AZURE-137 "pg_legacy"
    }
  }
}
