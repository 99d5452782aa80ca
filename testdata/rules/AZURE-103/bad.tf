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
