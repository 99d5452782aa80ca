# The portal's "Allow Azure services and resources to access this server".
resource "azurerm_mssql_firewall_rule" "azure" {
  name             = "AllowAllWindowsAzureIps"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0" # want AZURE-152 "Allow Azure services"
}

resource "azurerm_postgresql_flexible_server_firewall_rule" "azure" {
  name             = "AllowAllAzureServicesAndResourcesWithinAzureIps"
  server_id        = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0" # want AZURE-152
}

locals {
  mysql_rules = {
    office = ["203.0.113.10", "203.0.113.20"]
    azure  = ["0.0.0.0", "0.0.0.0"]
  }
}

resource "azurerm_mysql_flexible_server_firewall_rule" "rules" {
  for_each            = local.mysql_rules
  name                = each.key
  resource_group_name = "rg-data"
  server_name         = "acme-mysql"
  start_ip_address    = each.value[0]
  end_ip_address      = each.value[1] # want AZURE-152
}

resource "azurerm_synapse_firewall_rule" "azure" {
  name                 = "AllowAllWindowsAzureIps"
  synapse_workspace_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Synapse/workspaces/acme-syn"
  start_ip_address     = "0.0.0.0"
  end_ip_address       = "0.0.0.0" # want AZURE-152
}

variable "maybe_azure" {
  type = string
}

resource "azurerm_mariadb_firewall_rule" "unknown" {
  name                = "maybe-azure"
  resource_group_name = "rg-data"
  server_name         = "acme-maria"
  start_ip_address    = "0.0.0.0"
  end_ip_address      = var.maybe_azure # want-note AZURE-152 AZURE-100
}

# Cosmos DB: "Accept connections from within public Azure datacenters".
resource "azurerm_cosmosdb_account" "orders" { # want AZURE-108 # want AZURE-170
  name                = "acme-orders"
  location            = "westeurope"
  resource_group_name = "rg-data"
  offer_type          = "Standard"
  ip_range_filter     = ["203.0.113.0/24", "0.0.0.0"] # want AZURE-152 "every public Azure datacenter address"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
