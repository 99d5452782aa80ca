resource "azurerm_service_plan" "tagged" {
  name                = "asp-app"
  location            = "westeurope"
  resource_group_name = "rg-app"
  os_type             = "Linux"
  sku_name            = "P1v3"
  # Tag names compare case-insensitively, as in Azure.
  tags = {
    Owner       = "payments"
    ENVIRONMENT = "production"
  }
}

locals {
  required = { owner = "payments", environment = "production" }
}

resource "azurerm_public_ip" "from_local" {
  name                = "pip-app"
  location            = "westeurope"
  resource_group_name = "rg-app"
  allocation_method   = "Static"
  tags                = merge(local.required, { data-classification = "internal" })
}

variable "extra_tags" {
  type = map(string) # no value given: unknown
}

# merge() with an unknown part: the keys are not known, never reported.
resource "azurerm_managed_disk" "unknown_tags" {
  name                 = "disk-unknown"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 64
  tags                 = merge(var.extra_tags, { owner = "payments" }) # want-note AZURE-050
}

# Data sources are never checked.
data "azurerm_resource_group" "existing" {
  name = "rg-existing"
}

# azapi resources without tags may be of a type that takes none.
resource "azapi_resource" "child" {
  type      = "Microsoft.Network/virtualNetworks/subnets@2023-04-01"
  name      = "snet-app"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/vnet-app"
}

# Not taggable, no tags written: not checked.
resource "azurerm_management_lock" "rg" {
  name       = "no-delete"
  scope      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app"
  lock_level = "CanNotDelete"
}
