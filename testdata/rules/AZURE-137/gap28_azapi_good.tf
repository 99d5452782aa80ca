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
        activeDirectoryAuth = "Enabled"
        passwordAuth        = "Disabled"
        tenantId            = "00000000-0000-0000-0000-000000000000"
      }
    }
  }
}

# An update that does not touch authentication leaves it as it is.
resource "azapi_update_resource" "pg_tags" {
  type        = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  resource_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-legacy"
  body = {
    tags = { owner = "data" }
  }
}
