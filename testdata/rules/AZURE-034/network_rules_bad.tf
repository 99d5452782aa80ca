# The account is created elsewhere; these rules open it to every network.
variable "storage_account_id" {
  type = string
}

resource "azurerm_storage_account_network_rules" "shared" {
  storage_account_id = var.storage_account_id
  default_action     = "Allow" # want AZURE-034 "every network"
  bypass             = ["AzureServices"]
}

data "azurerm_storage_account" "logs" {
  name                = "acmelogs"
  resource_group_name = "rg-logs"
}

resource "azurerm_storage_account_network_rules" "logs" {
  storage_account_id = data.azurerm_storage_account.logs.id
  default_action     = "Allow" # want AZURE-034
}
