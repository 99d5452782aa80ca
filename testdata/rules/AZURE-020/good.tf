variable "public" {
  type = bool
}

resource "azurerm_mssql_server" "ok_private" { # want AZURE-111 # want AZURE-137
  name                          = "app-sql"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = false
}

resource "azurerm_mssql_server" "ok_unknown" { # want AZURE-111 # want AZURE-137
  name                          = "app-sql-2"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = var.public # want-note AZURE-020
}

# The flexible servers' default depends on the provider version and on VNet
# integration: only an explicit true is reported.
resource "azurerm_postgresql_flexible_server" "ok_vnet" { # want AZURE-137
  name                          = "app-pg"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  delegated_subnet_id           = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/app/subnets/db"
  public_network_access_enabled = false
}

resource "azurerm_postgresql_flexible_server" "ok_default" { # want AZURE-137
  name                = "app-pg-2"
  resource_group_name = "app"
  location            = "westeurope"
  version             = "16"
  sku_name            = "B_Standard_B1ms"
}

resource "azurerm_mysql_flexible_server" "ok_mysql" { # want AZURE-137
  name                  = "app-mysql"
  resource_group_name   = "app"
  location              = "westeurope"
  sku_name              = "B_Standard_B1ms"
  public_network_access = "Disabled"
}

resource "azurerm_postgresql_server" "single" { # want AZURE-137
  name                             = "acme-pg-single"
  location                         = "westeurope"
  resource_group_name              = "app"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
  public_network_access_enabled    = false
}

resource "azurerm_synapse_workspace" "analytics" { # want AZURE-138 # want AZURE-111
  azuread_authentication_only = true
  name                                 = "acme-synapse"
  resource_group_name                  = "app"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://acmelake.dfs.core.windows.net/synapse"
  public_network_access_enabled        = false

  identity {
    type = "SystemAssigned"
  }
}
