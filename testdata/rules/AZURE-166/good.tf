# Storage accounts authorized with Microsoft Entra ID only: Shared Key is
# disallowed, directly and through a variable's default; the provider
# manages the data plane with Entra ID.
provider "azurerm" {
  features {}
  storage_use_azuread = true
}

variable "shared_access_key_enabled" {
  type    = bool
  default = false
}

resource "azurerm_resource_group" "data" {
  name     = "rg-data"
  location = "westeurope"
}

resource "azurerm_storage_account" "reports" {  # want AZURE-144
  name                            = "streportsprod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = false
}

resource "azurerm_storage_account" "per_team" {  # want AZURE-144
  for_each                        = toset(["ops", "data"])
  name                            = "st${each.key}prod"
  resource_group_name             = azurerm_resource_group.data.name
  location                        = azurerm_resource_group.data.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = var.shared_access_key_enabled
}
