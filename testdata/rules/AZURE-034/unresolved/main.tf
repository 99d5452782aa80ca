# Network rules whose account is not known may govern any account of this
# root: an account they could change the answer for is undecided (a note at
# the unknown account id), not reported.
variable "account_id" {
  type = string
}

resource "azurerm_storage_account" "data" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeunresolved"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Allow"
  }
}

resource "azurerm_storage_account_network_rules" "data" {
  storage_account_id = var.account_id # want-note AZURE-034 # want-note AZURE-153
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
}

# No network rules of its own, and the unknown rules deny: nothing they
# could govern here would be open, so no note.
resource "azurerm_storage_account" "quiet" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmequiet"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
