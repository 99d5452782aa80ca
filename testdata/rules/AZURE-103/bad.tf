resource "azurerm_storage_account" "v3" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmepublic"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = true # want AZURE-103
}

resource "azurerm_storage_account" "v2" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                     = "acmelegacy"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  allow_blob_public_access = true # want AZURE-103
}

# Left out: azurerm 3.x and 4.x default allow_nested_items_to_be_public to
# true, so the provider creates the account with public containers allowed.
resource "azurerm_storage_account" "default" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103 "not set, and the default is true"
  name                     = "acmedefault"
  resource_group_name      = "rg-data"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# A module input left at null takes the provider's default.
variable "allow_public_containers" {
  type    = bool
  default = null
}

resource "azurerm_storage_account" "nulled" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                            = "acmenulled"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = var.allow_public_containers
}
