variable "office_start" {
  type = string
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  start_ip_address = "203.0.113.10"
  end_ip_address   = "203.0.113.20"
}

# A partner's /16: 65,536 public addresses, under a /8's worth.
resource "azurerm_mssql_firewall_rule" "partner" {
  name             = "partner-network"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  start_ip_address = "203.0.0.0"
  end_ip_address   = "203.0.255.255"
}

# All of 10.0.0.0/8 and 172.16.0.0/12: private addresses only.
resource "azurerm_postgresql_flexible_server_firewall_rule" "private" {
  name             = "private-ranges"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  start_ip_address = "10.0.0.0"
  end_ip_address   = "10.255.255.255"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "vnet" {
  name             = "app-subnet"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  start_ip_address = "10.20.0.0"
  end_ip_address   = "10.20.255.255"
}

locals {
  ci_ranges = {
    runners = ["198.51.100.0", "198.51.100.255"]
    vpn     = ["192.0.2.1", "192.0.2.1"]
  }
}

resource "azurerm_mysql_flexible_server_firewall_rule" "ci" {
  for_each            = local.ci_ranges
  name                = each.key
  resource_group_name = "rg-data"
  server_name         = "acme-mysql"
  start_ip_address    = each.value[0]
  end_ip_address      = each.value[1]
}

resource "azurerm_redis_firewall_rule" "app" {
  name                = "app"
  redis_cache_name    = "acme-cache"
  resource_group_name = "rg-data"
  start_ip            = "10.0.0.1"
  end_ip              = "10.0.0.10"
}

resource "azurerm_mssql_firewall_rule" "unknown" {
  name             = "office-unknown"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  start_ip_address = var.office_start # want-note AZURE-100
  end_ip_address   = "255.255.255.255"
}
