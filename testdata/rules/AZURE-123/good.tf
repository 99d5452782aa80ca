resource "azurerm_cosmosdb_account" "orders" {
  name                          = "acme-orders"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  offer_type                    = "Standard"
  public_network_access_enabled = false
  local_authentication_disabled = true
  key_vault_key_id              = "https://acme-kv.vault.azure.net/keys/cosmos"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_postgresql_flexible_server" "main" { # want AZURE-137
  name                          = "acme-main"
  resource_group_name           = "rg-db"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = false

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/0000/resourceGroups/rg-db/providers/Microsoft.ManagedIdentity/userAssignedIdentities/db"]
  }

  customer_managed_key {
    key_vault_key_id                  = "https://acme-kv.vault.azure.net/keys/postgres/0123456789abcdef"
    primary_user_assigned_identity_id = "/subscriptions/0000/resourceGroups/rg-db/providers/Microsoft.ManagedIdentity/userAssignedIdentities/db"
  }
}

# TDE with a customer-managed key, attached by its own resource.
resource "azurerm_mssql_server" "main" {
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

resource "azurerm_mssql_server_transparent_data_encryption" "main" {
  server_id        = azurerm_mssql_server.main.id
  key_vault_key_id = "https://acme-kv.vault.azure.net/keys/sql/0123456789abcdef"
}

resource "azurerm_mssql_server" "inline" {
  name                                         = "acme-sql-inline"
  resource_group_name                          = "rg-db"
  location                                     = "westeurope"
  version                                      = "12.0"
  minimum_tls_version                          = "1.2"
  public_network_access_enabled                = false
  transparent_data_encryption_key_vault_key_id = "https://acme-kv.vault.azure.net/keys/sql-inline/0123456789abcdef"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000000"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_server_extended_auditing_policy" "main" {
  server_id              = azurerm_mssql_server.main.id
  log_monitoring_enabled = true
  retention_in_days      = 365
}

resource "azurerm_mssql_server_extended_auditing_policy" "inline" {
  server_id              = azurerm_mssql_server.inline.id
  log_monitoring_enabled = true
  retention_in_days      = 365
}

resource "azurerm_synapse_workspace" "analytics" { # want AZURE-138 # want AZURE-111
  azuread_authentication_only = true
  name                                 = "acme-analytics"
  resource_group_name                  = "rg-data"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://acmedatalake.dfs.core.windows.net/synapse"
  public_network_access_enabled        = false

  customer_managed_key {
    key_versionless_id = "https://acme-kv.vault.azure.net/keys/synapse"
    key_name           = "synapse"
  }
  identity {
    type = "SystemAssigned"
  }
}
