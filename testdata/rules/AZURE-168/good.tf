# Storage accounts whose SAS tokens are bounded: an expiration policy that
# blocks longer tokens, one that logs them (the default action), a policy
# written through a dynamic block from a variable's default, and an account
# without Shared Key, which accepts no account or service SAS at all.
provider "azurerm" {
  features {}
  storage_use_azuread = true
}

variable "sas_expiration_period" {
  type    = string
  default = "00.04:00:00"
}

resource "azurerm_resource_group" "data" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_storage_account" "reports" { # want AZURE-166 # want AZURE-144
  name                            = "streportsprod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false

  sas_policy {
    expiration_period = "01.00:00:00"
    expiration_action = "Block"
  }
}

resource "azurerm_storage_account" "uploads" { # want AZURE-166 # want AZURE-144
  name                            = "stuploadsprod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false

  dynamic "sas_policy" {
    for_each = var.sas_expiration_period == null ? [] : [var.sas_expiration_period]
    content {
      expiration_period = sas_policy.value
    }
  }
}

resource "azurerm_storage_account" "entra_only" { # want AZURE-144
  name                            = "stentraonly"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = false
}
