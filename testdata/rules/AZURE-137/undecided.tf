# A MySQL flexible server whose administrator is declared against a server
# ID given from outside: it may be this one.
resource "azurerm_mysql_flexible_server" "maybe" { # want AZURE-020
  name                   = "acme-maybe"
  resource_group_name    = "rg-data"
  location               = "westeurope"
  administrator_login    = "mysqladmin"
  administrator_password = var.mysql_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "given" {
  server_id   = var.mysql_server_id # want-note AZURE-137
  identity_id = var.mysql_identity_id
  login       = "dba-group"
  object_id   = var.dba_group_object_id
  tenant_id   = var.tenant_id
}

variable "mysql_server_id" {
  type = string
}

variable "mysql_password" {
  type      = string
  sensitive = true
}

variable "mysql_identity_id" {
  type = string
}

variable "dba_group_object_id" {
  type = string
}

variable "tenant_id" {
  type = string
}
