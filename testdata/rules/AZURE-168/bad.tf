# Storage accounts that accept Shared Key authorization (the default) and
# set no SAS expiration policy: account SAS tokens signed with the keys can
# be issued with any expiry.
resource "azurerm_resource_group" "data" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_storage_account" "reports" { # want AZURE-168 "no SAS expiration policy" # want AZURE-166 # want AZURE-144
  name                            = "streportsprod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
}

# Shared Key is written on, and the expiration period is empty.
resource "azurerm_storage_account" "exports" { # want AZURE-144
  name                            = "stexportsprod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = true # want AZURE-166

  sas_policy {
    expiration_period = "" # want AZURE-168 "expiration_period is empty"
  }
}

# One account per team, none with a policy.
resource "azurerm_storage_account" "team" { # want AZURE-168 # want AZURE-166 # want AZURE-144
  for_each                        = toset(["ops", "data"])
  name                            = "st${each.key}team"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
}
