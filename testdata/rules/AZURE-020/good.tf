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

# A flexible server deployed into a delegated subnet (VNet integration) has
# no public endpoint; the subnet's id is computed, which is enough.
resource "azurerm_postgresql_flexible_server" "ok_vnet" { # want AZURE-137
  name                          = "app-pg"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  delegated_subnet_id           = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/app/subnets/db"
  public_network_access_enabled = false
}

resource "azurerm_subnet" "mysql" {
  name                 = "mysql"
  resource_group_name  = "app"
  virtual_network_name = "app"
  address_prefixes     = ["10.0.3.0/24"]

  delegation {
    name = "mysql"
    service_delegation {
      name    = "Microsoft.DBforMySQL/flexibleServers"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

resource "azurerm_mysql_flexible_server" "ok_mysql_vnet" { # want AZURE-137
  name                = "app-mysql-vnet"
  resource_group_name = "app"
  location            = "westeurope"
  sku_name            = "GP_Standard_D2ds_v4"
  delegated_subnet_id = azurerm_subnet.mysql.id
  private_dns_zone_id = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/privateDnsZones/app.mysql.database.azure.com"
}

# Public access mode, with the public endpoint turned off: reached through a
# private endpoint.
resource "azurerm_postgresql_flexible_server" "ok_private_endpoint" { # want AZURE-137
  for_each = toset(["orders", "billing"])

  name                          = "app-pg-${each.key}"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "B_Standard_B1ms"
  public_network_access_enabled = false
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

# The azurerm 3.x managed instance keeps its public data endpoint off by default.
resource "azurerm_sql_managed_instance" "legacy" {
  name                = "acme-mi-legacy"
  resource_group_name = "app"
  location            = "westeurope"
  license_type        = "BasePrice"
  sku_name            = "GP_Gen5"
  storage_size_in_gb  = 32
  subnet_id           = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/app/subnets/mi"
  vcores              = 4
  minimum_tls_version = "1.2"
}
