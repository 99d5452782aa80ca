# Network rules whose account is not known may govern any account of this
# root: its storage accounts are not reported.
variable "account_id" {
  type = string
}

resource "azurerm_storage_account" "data" {
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
  storage_account_id = var.account_id
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
}
