variable "name" {
  type = string
}

variable "shared_key" {
  type = bool
}

resource "azurerm_storage_account" "this" {  # want AZURE-144 # want AZURE-168
  name                            = var.name
  resource_group_name             = "rg-storage"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = var.shared_key  # want AZURE-166
}
