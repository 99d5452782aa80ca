variable "scope_id" {
  type = string
}

variable "role_name" {
  type = string
}

data "azurerm_subscription" "current" {}

locals {
  subscription_id = data.azurerm_subscription.current.id
}

# A resource group scope.
resource "azurerm_role_assignment" "ok_resource_group" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# A resource group below the subscription's data source id.
resource "azurerm_role_assignment" "ok_template" {
  scope                = "${data.azurerm_subscription.current.id}/resourceGroups/app"
  role_definition_name = "Contributor"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# A narrow role at subscription scope.
resource "azurerm_role_assignment" "ok_reader" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Reader"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# An access administrator restricted by an ABAC condition.
resource "azurerm_role_assignment" "ok_constrained" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Role Based Access Control Administrator"
  principal_id         = "11111111-1111-1111-1111-111111111111"
  condition_version    = "2.0"
  condition            = "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {2a2b9908-6ea1-4ae2-8e65-a410df84e7d1}))"
}

# Not known statically: undecided notes at the unknown input, not findings.
resource "azurerm_role_assignment" "ok_unknown_scope" {
  scope                = var.scope_id # want-note AZURE-030
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_role_assignment" "ok_unknown_role" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000"
  role_definition_name = var.role_name # want-note AZURE-030
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# A computed subscription id passed through a local is not known statically
# either.
resource "azurerm_role_assignment" "ok_through_local" {
  scope                = local.subscription_id # want-note AZURE-030
  role_definition_name = "Owner"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

resource "azurerm_resource_group" "app" {
  name     = "app"
  location = "westeurope"
}

# Whatever the role, the scope is a resource group: nothing to note.
resource "azurerm_role_assignment" "ok_group_any_role" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = var.role_name
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# Whatever the scope, the role is not privileged: nothing to note.
resource "azurerm_role_assignment" "ok_reader_any_scope" {
  scope                = var.scope_id
  role_definition_name = "Reader"
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# Eligible through PIM: the on-call engineer activates Owner for a few hours,
# with MFA and a justification, when an incident needs it.
resource "azurerm_pim_eligible_role_assignment" "oncall_owner" {
  scope              = data.azurerm_subscription.current.id
  role_definition_id = "${data.azurerm_subscription.current.id}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"
  principal_id       = "77777777-7777-7777-7777-777777777777"

  schedule {
    expiration {
      duration_days = 365
    }
  }
}

# A standing PIM assignment of a reader role.
resource "azurerm_pim_active_role_assignment" "auditor" {
  scope              = data.azurerm_subscription.current.id
  role_definition_id = "${data.azurerm_subscription.current.id}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fbaa4c9b"
  principal_id       = "88888888-8888-8888-8888-888888888888"
}
