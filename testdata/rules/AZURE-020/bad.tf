resource "azurerm_mssql_server" "default_public" { # want AZURE-020 AZURE-111 # want AZURE-137
  name                = "app-sql"
  resource_group_name = "app"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server" "explicit_public" { # want AZURE-111 # want AZURE-137
  name                          = "app-sql-2"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = true # want AZURE-020
}

resource "azurerm_postgresql_flexible_server" "pg" { # want AZURE-137
  name                          = "app-pg"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "B_Standard_B1ms"
  public_network_access_enabled = "true" # want AZURE-020
}

resource "azurerm_mysql_flexible_server" "mysql" { # want AZURE-137
  name                          = "app-mysql"
  resource_group_name           = "app"
  location                      = "westeurope"
  sku_name                      = "B_Standard_B1ms"
  public_network_access_enabled = true # want AZURE-020
}

resource "azurerm_mysql_flexible_server" "mysql_enum" { # want AZURE-137
  name                  = "app-mysql-2"
  resource_group_name   = "app"
  location              = "westeurope"
  sku_name              = "B_Standard_B1ms"
  public_network_access = "Enabled" # want AZURE-020
}

# Without a delegated subnet a flexible server is created in public access
# mode: its endpoint is public unless the setting turns it off.
variable "db_subnet_id" {
  type    = string
  default = null
}

resource "azurerm_postgresql_flexible_server" "pg_default" { # want AZURE-020 "no delegated_subnet_id" # want AZURE-137
  name                = "app-pg-2"
  resource_group_name = "app"
  location            = "westeurope"
  version             = "16"
  sku_name            = "B_Standard_B1ms"
  delegated_subnet_id = var.db_subnet_id
}

resource "azurerm_mysql_flexible_server" "mysql_default" { # want AZURE-020 "public access mode" # want AZURE-137
  count = 2

  name                = "app-mysql-${count.index}"
  resource_group_name = "app"
  location            = "westeurope"
  sku_name            = "B_Standard_B1ms"
}

# Single servers default to public network access.
resource "azurerm_postgresql_server" "single" { # want AZURE-020 AZURE-137
  name                             = "acme-pg-single"
  location                         = "westeurope"
  resource_group_name              = "app"
  sku_name                         = "GP_Gen5_2"
  version                          = "11"
  ssl_enforcement_enabled          = true
  ssl_minimal_tls_version_enforced = "TLS1_2"
}

resource "azurerm_mysql_server" "single" { # want AZURE-137
  name                          = "acme-mysql-single"
  location                      = "westeurope"
  resource_group_name           = "app"
  sku_name                      = "GP_Gen5_2"
  version                       = "8.0"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = true # want AZURE-020
}

resource "azurerm_mssql_managed_instance" "mi" { # want AZURE-137
  name                         = "acme-mi"
  resource_group_name          = "app"
  location                     = "westeurope"
  license_type                 = "BasePrice"
  sku_name                     = "GP_Gen5"
  storage_size_in_gb           = 32
  subnet_id                    = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/app/subnets/mi"
  vcores                       = 4
  public_data_endpoint_enabled = true # want AZURE-020
}

# Synapse workspaces are public unless told otherwise.
resource "azurerm_synapse_workspace" "analytics" { # want AZURE-020 # want AZURE-138 # want AZURE-111
  azuread_authentication_only = true
  name                                 = "acme-synapse-open"
  resource_group_name                  = "rg"
  location                             = "westeurope"
  storage_data_lake_gen2_filesystem_id = "https://acmelake.dfs.core.windows.net/synapse"
  sql_administrator_login              = "sqladmin"

  identity {
    type = "SystemAssigned"
  }
}

# The azurerm 3.x name of the managed instance, with its public data endpoint on.
resource "azurerm_sql_managed_instance" "legacy" {
  name                         = "acme-mi-legacy"
  resource_group_name          = "app"
  location                     = "westeurope"
  license_type                 = "BasePrice"
  sku_name                     = "GP_Gen5"
  storage_size_in_gb           = 32
  subnet_id                    = "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Network/virtualNetworks/app/subnets/mi"
  vcores                       = 4
  administrator_login          = "miadmin"
  administrator_login_password = var.mi_password
  public_data_endpoint_enabled = true # want AZURE-020
}

variable "mi_password" {
  type      = string
  sensitive = true
}
