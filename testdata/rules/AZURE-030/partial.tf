# Scopes built from an id that is not known statically.
variable "subscription_id" {
  type = string
}

variable "resource_group" {
  type = string
}

variable "management_group" {
  type = string
}

# The unknown piece is the subscription id: the scope is the subscription.
resource "azurerm_role_assignment" "subscription_owner" {
  scope                = "/subscriptions/${var.subscription_id}"
  role_definition_name = "Owner" # want AZURE-030
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "management_group_contributor" {
  scope                = "/providers/Microsoft.Management/managementGroups/${var.management_group}"
  role_definition_name = "Contributor" # want AZURE-030
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# A resource group of the subscription: narrower, not reported.
resource "azurerm_role_assignment" "resource_group_owner" {
  scope                = "/subscriptions/${var.subscription_id}/resourceGroups/${var.resource_group}"
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "literal_resource_group" {
  scope                = "/subscriptions/${var.subscription_id}/resourceGroups/app"
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# The same scopes built by format() and join().
resource "azurerm_role_assignment" "subscription_owner_format" {
  scope                = format("/subscriptions/%s", var.subscription_id)
  role_definition_name = "Owner" # want AZURE-030
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "subscription_owner_join" {
  scope                = join("/", ["", "subscriptions", var.subscription_id])
  role_definition_name = "Owner" # want AZURE-030
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "resource_group_owner_format" {
  scope                = format("/subscriptions/%s/resourceGroups/%s", var.subscription_id, var.resource_group)
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}
