data "azurerm_subscription" "current" {}

data "azurerm_role_definition" "owner" {
  name = "Owner"
}

resource "azurerm_management_group" "platform" {
  display_name = "Platform"
}

locals {
  admin_role = "Contributor"
}

variable "delegate_role" {
  type    = string
  default = "User Access Administrator"
}

# The subscription through its data source id.
resource "azurerm_role_assignment" "ci_owner" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Owner" # want AZURE-030
  principal_id         = "11111111-1111-1111-1111-111111111111"
}

# A literal subscription id; the role through a local.
resource "azurerm_role_assignment" "literal_subscription" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000"
  role_definition_name = local.admin_role # want AZURE-030
  principal_id         = "22222222-2222-2222-2222-222222222222"
}

# A management group, with the built-in role id.
resource "azurerm_role_assignment" "platform_owner" {
  scope              = azurerm_management_group.platform.id
  role_definition_id = "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635" # want AZURE-030
  principal_id       = "33333333-3333-3333-3333-333333333333"
}

# The role looked up by name, its id composed with the subscription's.
resource "azurerm_role_assignment" "by_lookup" {
  scope              = "/providers/Microsoft.Management/managementGroups/corp"
  role_definition_id = "${data.azurerm_subscription.current.id}${data.azurerm_role_definition.owner.id}" # want AZURE-030
  principal_id       = "44444444-4444-4444-4444-444444444444"
}

# The tenant root, the role from a variable.
resource "azurerm_role_assignment" "root_delegate" {
  scope                = "/"
  role_definition_name = var.delegate_role # want AZURE-030
  principal_id         = "55555555-5555-5555-5555-555555555555"
}

# A standing PIM assignment: active for a month, no activation needed.
resource "azurerm_pim_active_role_assignment" "ops_access_admin" {
  scope              = data.azurerm_subscription.current.id
  role_definition_id = "${data.azurerm_subscription.current.id}/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9" # want AZURE-030 "User Access Administrator"
  principal_id       = "66666666-6666-6666-6666-666666666666"
  justification      = "Quarterly access review clean-up"

  schedule {
    expiration {
      duration_days = 30
    }
  }
}
