# Required tags (.required-tags): owner environment.

resource "azurerm_resource_group" "untagged" { # want AZURE-050
  name     = "rg-untagged"
  location = "westeurope"
}

resource "azurerm_public_ip" "partial" {
  name                = "pip-partial"
  location            = "westeurope"
  resource_group_name = "rg-app"
  allocation_method   = "Static"
  tags                = { Owner = "payments" } # want AZURE-050
}

variable "team_tags" {
  type    = map(string)
  default = { owner = "payments" }
}

# The tags come through a variable that lacks environment.
resource "azurerm_managed_disk" "via_variable" {
  name                 = "disk-data"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags                 = var.team_tags # want AZURE-050
}

# A resource group's tags are not inherited by the resources in it.
resource "azurerm_resource_group" "tagged" {
  name     = "rg-tagged"
  location = "westeurope"
  tags     = { owner = "payments", environment = "production" }
}

resource "azurerm_user_assigned_identity" "in_tagged_group" { # want AZURE-050
  name                = "id-app"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.tagged.name
}

# Not in the curated list, but it writes tags: the type is taggable.
resource "azurerm_application_insights" "app" {
  name                = "appi-app"
  location            = "westeurope"
  resource_group_name = "rg-app"
  application_type    = "web"
  tags                = { environment = "production" } # want AZURE-050
}

# azapi resources are checked when they write tags.
resource "azapi_resource" "workspace" {
  type      = "Microsoft.Insights/components@2020-02-02"
  name      = "appi-azapi"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app"
  tags      = { owner = "payments" } # want AZURE-050
}
