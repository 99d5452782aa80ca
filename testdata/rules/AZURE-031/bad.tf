data "azurerm_subscription" "current" {}

locals {
  everything = ["*"]
}

# Defined at subscription scope, assignable there (the default).
resource "azurerm_role_definition" "ops_admin" {
  name  = "ops-admin"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions     = ["*"] # want AZURE-031
    not_actions = ["Microsoft.Authorization/*/Write"]
  }
}

# Stored in a resource group, assignable on a management group; the
# actions come from a local.
resource "azurerm_role_definition" "platform" {
  name  = "platform-operator"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/iam"

  permissions {
    actions = local.everything # want AZURE-031
  }

  assignable_scopes = [
    "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/iam",
    "/providers/Microsoft.Management/managementGroups/platform",
  ]
}

resource "azurerm_role_definition" "role_author" {
  name  = "role-author"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = [
      "Microsoft.Resources/subscriptions/resourceGroups/read",
      "Microsoft.Authorization/roleDefinitions/write", # want AZURE-031 "create roles"
    ]
  }
}

# Every write under Microsoft.Authorization: role definitions and role
# assignments alike.
resource "azurerm_role_definition" "access_writer" {
  name  = "access-writer"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = ["Microsoft.Authorization/*/Write"] # want AZURE-031 "create roles"
  }
}

# Stored in a resource group, assignable on the whole subscription through
# a data source written in the list.
resource "azurerm_role_definition" "deployer" {
  name  = "deployer"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/iam"

  permissions {
    actions = ["*"] # want AZURE-031 "subscription scope"
  }

  assignable_scopes = [
    data.azurerm_subscription.current.id,
  ]
}

# Writing role assignments at the subscription: its holders can give
# themselves Owner (User Access Administrator's power, as a custom role).
resource "azurerm_role_definition" "strat26_assigner" {
  name  = "self-service-access"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Authorization/roleAssignments/read",
      "Microsoft.Authorization/roleAssignments/write", # want AZURE-031 "assign any role"
    ]
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}

resource "azurerm_role_definition" "strat26_assignments_any" {
  name  = "assignments-operator"
  scope = "/providers/Microsoft.Management/managementGroups/platform"

  permissions {
    actions = ["Microsoft.Authorization/roleAssignments/*"] # want AZURE-031 "assign any role"
  }
}
