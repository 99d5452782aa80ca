variable "encrypt_variables" {
  type    = bool
  default = true
}

variable "key_vault_encryption" {
  type = bool
}

# Encryption is on by default on Data Lake Storage Gen1.
resource "azurerm_data_lake_store" "raw" { # want AZURE-176
  name                = "acmeraw"
  resource_group_name = "rg-data"
  location            = "westeurope"
}

resource "azurerm_data_lake_store" "curated" { # want AZURE-176
  name                = "acmecurated"
  resource_group_name = "rg-data"
  location            = "westeurope"
  encryption_state    = "Enabled"
  encryption_type     = var.key_vault_encryption ? "UserManaged" : "ServiceManaged"
}

locals {
  settings = {
    region   = "westeurope"
    db-admin = "dbadmin"
  }
}

resource "azurerm_automation_variable_string" "settings" {
  for_each                = local.settings
  name                    = each.key
  resource_group_name     = "rg-ops"
  automation_account_name = "acme-ops"
  value                   = each.value
  encrypted               = var.encrypt_variables
}

resource "azurerm_automation_variable_bool" "maintenance" {
  name                    = "maintenance"
  resource_group_name     = "rg-ops"
  automation_account_name = "acme-ops"
  value                   = false
  encrypted               = true
}

variable "unknown_flag" {
  type = bool
}

resource "azurerm_automation_variable_datetime" "window" {
  name                    = "window"
  resource_group_name     = "rg-ops"
  automation_account_name = "acme-ops"
  value                   = "2026-01-01T00:00:00Z"
  encrypted               = var.unknown_flag # want-note AZURE-136
}
