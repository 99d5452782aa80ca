# The setting comes from a variable without a value: it may be true.
variable "shared_access_key_enabled" {
  type = bool
}

resource "azurerm_storage_account" "this" {  # want AZURE-144
  name                            = "stappprod"
  resource_group_name             = "rg-app"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = var.shared_access_key_enabled # want-note AZURE-166 # want-note AZURE-168
}
