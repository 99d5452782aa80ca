resource "azurerm_mssql_server" "default_public" { # want AZURE-020 AZURE-111
  name                = "app-sql"
  resource_group_name = "app"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server" "explicit_public" { # want AZURE-111
  name                          = "app-sql-2"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "12.0"
  public_network_access_enabled = true # want AZURE-020
}

resource "azurerm_postgresql_flexible_server" "pg" {
  name                          = "app-pg"
  resource_group_name           = "app"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "B_Standard_B1ms"
  public_network_access_enabled = "true" # want AZURE-020
}

resource "azurerm_mysql_flexible_server" "mysql" {
  name                          = "app-mysql"
  resource_group_name           = "app"
  location                      = "westeurope"
  sku_name                      = "B_Standard_B1ms"
  public_network_access_enabled = true # want AZURE-020
}

resource "azurerm_mysql_flexible_server" "mysql_enum" {
  name                  = "app-mysql-2"
  resource_group_name   = "app"
  location              = "westeurope"
  sku_name              = "B_Standard_B1ms"
  public_network_access = "Enabled" # want AZURE-020
}
