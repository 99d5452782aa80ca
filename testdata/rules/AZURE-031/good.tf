variable "role_scopes" {
  type = list(string)
}

# A wildcard confined to a resource group.
resource "azurerm_role_definition" "ok_resource_group" {
  name  = "rg-admin"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"

  permissions {
    actions = ["*"]
  }
}

# Stored at the subscription, assignable only on a resource group.
resource "azurerm_role_definition" "ok_assignable_narrow" {
  name  = "app-admin"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["*"]
  }

  assignable_scopes = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"]
}

# A provider-wide wildcard is not "*".
resource "azurerm_role_definition" "ok_storage_only" {
  name  = "storage-operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["Microsoft.Storage/*"]
  }
}

# Assignable scopes not known statically: not reported.
resource "azurerm_role_definition" "ok_unknown_scopes" {
  name  = "unknown"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["*"]
  }

  assignable_scopes = var.role_scopes
}

# Reading role definitions, or writing them in one resource group, is fine.
resource "azurerm_role_definition" "role_reader" {
  name  = "role-reader"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000"

  permissions {
    actions = ["Microsoft.Authorization/roleDefinitions/read", "Microsoft.Authorization/roleAssignments/read"]
  }
}

resource "azurerm_role_definition" "sandbox_roles" {
  name  = "sandbox-role-author"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sandbox"

  permissions {
    actions = ["Microsoft.Authorization/roleDefinitions/write"]
  }
}

resource "azurerm_resource_group" "app" {
  name     = "rg-app"
  location = "westeurope"
}

# A wildcard assignable only on a resource group named by reference.
resource "azurerm_role_definition" "ok_rg_reference" {
  name  = "app-owner"
  scope = azurerm_resource_group.app.id

  permissions {
    actions = ["*"]
  }

  assignable_scopes = [azurerm_resource_group.app.id]
}

# Read-only operations, assignable on the subscription.
resource "azurerm_role_definition" "ok_reader_subscription" {
  name  = "inventory-reader"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = [
      "Microsoft.Resources/subscriptions/resourceGroups/read",
      "Microsoft.Authorization/roleDefinitions/read",
    ]
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}

# Reading role assignments anywhere, or writing them in one resource
# group, is not reported.
resource "azurerm_role_definition" "strat26_assignment_reader" {
  name  = "access-reviewer"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["Microsoft.Authorization/roleAssignments/read"]
  }
}

resource "azurerm_role_definition" "strat26_app_access_admin" {
  name  = "app-access-admin"
  scope = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app"

  permissions {
    actions = ["Microsoft.Authorization/roleAssignments/write"]
  }
}
