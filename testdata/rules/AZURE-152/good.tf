resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.20"
}

# The app's own outbound address, not every Azure address.
resource "azurerm_postgresql_flexible_server_firewall_rule" "app_egress" {
  name             = "app-egress"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  start_ip_address = "20.50.2.10"
  end_ip_address   = "20.50.2.10"
}

# Redis has no "Azure services" rule: 0.0.0.0 there is one address.
resource "azurerm_redis_firewall_rule" "zero" {
  name                = "zero"
  redis_cache_name    = "acme-cache"
  resource_group_name = "rg-data"
  start_ip            = "0.0.0.0"
  end_ip              = "0.0.0.0"
}

# The portal's IP list without the Azure datacenters entry.
resource "azurerm_cosmosdb_account" "orders" { # want AZURE-108 # want AZURE-170
  name                = "acme-orders"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"
  ip_range_filter     = "203.0.113.0/24,198.51.100.7"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# 0.0.0.0 on an account whose public endpoint is off changes nothing.
resource "azurerm_cosmosdb_account" "private" { # want AZURE-108 # want AZURE-170
  name                          = "acme-private"
  location                      = "westeurope"
  resource_group_name           = "rg-data"
  offer_type                    = "Standard"
  public_network_access_enabled = false
  ip_range_filter               = ["0.0.0.0"]

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
