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
