locals {
  sql_server_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
}

resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "allow-all"
  server_id        = local.sql_server_id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # want AZURE-100 "start_ip_address = 0.0.0.0"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "everyone" {
  name             = "all"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255" # want AZURE-100
}

# Half of the address space is the internet too.
resource "azurerm_mysql_flexible_server_firewall_rule" "half" {
  name                = "wide"
  resource_group_name = "rg-data"
  server_name         = "acme-mysql"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "127.255.255.255" # want AZURE-100
}

resource "azurerm_postgresql_firewall_rule" "legacy" {
  name                = "all"
  resource_group_name = "rg-data"
  server_name         = "acme-pg-single"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = "255.255.255.255" # want AZURE-100
}

variable "open_ranges" {
  type = map(object({ start = string, end = string }))
  default = {
    office = { start = "203.0.113.10", end = "203.0.113.20" }
    all    = { start = "0.0.0.0", end = "255.255.255.255" }
  }
}

resource "azurerm_mariadb_firewall_rule" "ranges" {
  for_each            = var.open_ranges
  name                = each.key
  resource_group_name = "rg-data"
  server_name         = "acme-maria"
  start_ip_address    = each.value.start
  end_ip_address      = each.value.end # want AZURE-100
}

resource "azurerm_redis_firewall_rule" "everyone" {
  name                = "all"
  redis_cache_name    = "acme-cache"
  resource_group_name = "rg-data"
  start_ip            = "0.0.0.0"
  end_ip              = "255.255.255.255" # want AZURE-100
}

# Starting at 0.0.0.0 "to be safe": 1.0.0.0 - 9.255.255.255 are public.
resource "azurerm_mssql_firewall_rule" "from_zero" {
  name             = "office-and-more"
  server_id        = local.sql_server_id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "10.0.27.62" # want AZURE-100 "end_ip_address = 10.0.27.62"
}

resource "azurerm_redis_firewall_rule" "wide" {
  name                = "wide"
  redis_cache_name    = "acme-cache"
  resource_group_name = "rg-data"
  start_ip            = "52.0.0.0"
  end_ip              = "53.255.255.255" # want AZURE-100
}
