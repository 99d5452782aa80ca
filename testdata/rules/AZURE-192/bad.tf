variable "automation_principal" {
  type = string
}

resource "azuread_application" "automation" {
  display_name = "tenant-automation"
}

resource "azuread_service_principal" "automation" {
  client_id = azuread_application.automation.client_id
}

resource "azurerm_user_assigned_identity" "deployer" {
  name                = "deployer"
  resource_group_name = "identity"
  location            = "westeurope"
}

resource "azurerm_logic_app_workflow" "sync" { # want AZURE-176
  name                = "directory-sync"
  location            = "westeurope"
  resource_group_name = "identity"

  identity {
    type = "SystemAssigned"
  }
}

# Activating a role by display name, written the way the old portal did.
resource "azuread_directory_role" "global_admin" {
  display_name = "Global administrator"
}

resource "azuread_directory_role" "app_admin" {
  template_id = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"
}

resource "azuread_directory_role_member" "automation_global_admin" {
  role_object_id   = azuread_directory_role.global_admin.object_id
  member_object_id = azuread_service_principal.automation.object_id # want AZURE-192 "Global Administrator"
}

resource "azuread_directory_role_member" "deployer_app_admin" {
  role_object_id   = azuread_directory_role.app_admin.object_id
  member_object_id = azurerm_user_assigned_identity.deployer.principal_id # want AZURE-192 "Application Administrator"
}

# The role by template id, at the tenant scope written out.
resource "azuread_directory_role_assignment" "sync_user_admin" {
  role_id             = "fe930be7-5e62-47db-91af-98c3a49a38b1"
  principal_object_id = azurerm_logic_app_workflow.sync.identity[0].principal_id # want AZURE-192 "User Administrator"
  directory_scope_id  = "/"
}

# A member not known statically: an undecided note, no finding.
resource "azuread_directory_role_assignment" "variable_principal" {
  role_id             = azuread_directory_role.global_admin.template_id
  principal_object_id = var.automation_principal # want-note AZURE-192 "not a service principal"
}

resource "azuread_app_role_assignment" "role_management" {
  app_role_id         = "9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8" # want AZURE-192 "RoleManagement.ReadWrite.Directory"
  principal_object_id = azuread_service_principal.automation.object_id
  resource_object_id  = "11111111-1111-1111-1111-111111111111"
}

# The permission named by a key of the computed app_role_ids map, the way
# the azuread provider's examples write it.
data "azuread_application_published_app_ids" "well_known" {}

resource "azuread_service_principal" "msgraph" {
  client_id    = data.azuread_application_published_app_ids.well_known.result["MicrosoftGraph"]
  use_existing = true
}

resource "azuread_app_role_assignment" "graph_by_name" {
  app_role_id         = azuread_service_principal.msgraph.app_role_ids["Directory.ReadWrite.All"] # want AZURE-192 "Directory.ReadWrite.All"
  principal_object_id = azuread_service_principal.automation.object_id
  resource_object_id  = azuread_service_principal.msgraph.object_id
}

variable "graph_permission" {
  type = string
}

# Which permission cannot be told: an undecided note.
resource "azuread_app_role_assignment" "graph_by_variable" {
  app_role_id         = azuread_service_principal.msgraph.app_role_ids[var.graph_permission] # want-note AZURE-192 "which Microsoft Graph permission"
  principal_object_id = azuread_service_principal.automation.object_id
  resource_object_id  = azuread_service_principal.msgraph.object_id
}
