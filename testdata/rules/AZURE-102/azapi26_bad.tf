resource "azapi_resource" "pg_tls" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01"
  name      = "require_secure_transport"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  body = {
    properties = {
      source = "user-override"
      value  = "off" # want AZURE-102 "properties.value = \"off\""
    }
  }
}

# The AVM idiom: one child per parameter, from a map.
locals {
  mysql_parameters = {
    require_secure_transport = "OFF"
    slow_query_log           = "ON"
  }
}

resource "azapi_resource" "mysql_parameters" {
  for_each  = local.mysql_parameters
  type      = "Microsoft.DBforMySQL/flexibleServers/configurations@2023-12-30"
  name      = each.key
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforMySQL/flexibleServers/acme-mysql"
  body = jsonencode({ # want AZURE-102 "OFF"
    properties = {
      source = "user-override"
      value  = each.value
    }
  })
}
