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

# Deny, but 0.0.0.0/0 (azurerm takes prefixes from /0 to /30) admits everyone.
resource "azurerm_storage_account_network_rules" "open_range" {
  storage_account_id = var.storage_account_id
  default_action     = "Deny"
  ip_rules           = ["198.51.100.0/24", "0.0.0.0/0"] # want AZURE-034 "0.0.0.0/0"
}
