variable "public_blobs" {
  type = bool
}

resource "azurerm_storage_account" "data" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmedata"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  allow_nested_items_to_be_public = false
}

# azurerm 2.x named the setting allow_blob_public_access, false by default.
resource "azurerm_storage_account" "legacy" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                     = "acmelegacyprivate"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = false
}

# A module's switch, closed by default, for each of several accounts.
variable "accounts" {
  type = map(object({ public_containers = optional(bool, false) }))
  default = {
    logs    = {}
    uploads = { public_containers = false }
  }
}

resource "azurerm_storage_account" "each" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  for_each                        = var.accounts
  name                            = "acme${each.key}"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = each.value.public_containers
}

resource "azurerm_storage_account" "unknown" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmeunknown"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = var.public_blobs # want-note AZURE-103
}
