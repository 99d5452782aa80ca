resource "azurerm_cosmosdb_account" "orders" { # want AZURE-123
  name                          = "acme-orders"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  offer_type                    = "Standard"
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

resource "azurerm_mysql_flexible_server" "shop" { # want AZURE-123 AZURE-137
  name                = "acme-shop"
  resource_group_name = "rg-db"
  location            = "westeurope"
  sku_name            = "GP_Standard_D2ds_v4"
  delegated_subnet_id = "/subscriptions/0000/resourceGroups/rg-db/providers/Microsoft.Network/virtualNetworks/db/subnets/mysql"
  private_dns_zone_id = "/subscriptions/0000/resourceGroups/rg-db/providers/Microsoft.Network/privateDnsZones/shop.mysql.database.azure.com"
}

resource "azurerm_mssql_server" "main" { # want AZURE-123
  name                          = "acme-sql"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000000"
    azuread_authentication_only = true
  }
}

# A TDE resource without a key keeps the service-managed key.
resource "azurerm_mssql_server" "reports" { # want AZURE-123
  name                          = "acme-reports"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000000"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server_transparent_data_encryption" "reports" {
  server_id = azurerm_mssql_server.reports.id
}

resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id              = azurerm_mssql_server.main.id
  log_monitoring_enabled = true
  retention_in_days      = 365
}

resource "azurerm_mssql_server_extended_auditing_policy" "reports" {
  server_id              = azurerm_mssql_server.reports.id
  log_monitoring_enabled = true
  retention_in_days      = 365
}

resource "azurerm_synapse_workspace" "analytics" { # want AZURE-123 # want AZURE-138 # want AZURE-111
  azuread_authentication_only = true
  name                                 = "acme-analytics"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://acmedatalake.dfs.core.windows.net/synapse"
  public_network_access_enabled        = false

  identity {
    type = "SystemAssigned"
  }
}
