# Storage accounts that accept Shared Key authorization: the setting is
# left at its default (true), or written true.
resource "azurerm_resource_group" "data" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_storage_account" "reports" { # want AZURE-166 "accepts Shared Key authorization" # want AZURE-144 # want AZURE-168
  name                            = "streportsprod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
}

resource "azurerm_storage_account" "legacy" {  # want AZURE-144 # want AZURE-168
  name                            = "stlegacyprod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = true # want AZURE-166
}
