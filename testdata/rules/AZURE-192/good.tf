resource "azuread_application" "reports" {
  display_name = "directory-reports"
}

resource "azuread_service_principal" "reports" {
  client_id = azuread_application.reports.client_id
}

resource "azuread_user" "breakglass" {
  user_principal_name = "breakglass@example.onmicrosoft.com"
  display_name        = "Break glass"
}

resource "azuread_directory_role" "global_admin" {
  display_name = "Global Administrator"
}

resource "azuread_directory_role" "reader" {
  display_name = "Directory Readers"
}

resource "azuread_administrative_unit" "contractors" {
  display_name = "Contractors"
}

# A person (break-glass account), not a workload: not judged here.
resource "azuread_directory_role_member" "breakglass" {
  role_object_id   = azuread_directory_role.global_admin.object_id
  member_object_id = azuread_user.breakglass.object_id
}

# A read-only role for the reporting application.
resource "azuread_directory_role_member" "reports_reader" {
  role_object_id   = azuread_directory_role.reader.object_id
  member_object_id = azuread_service_principal.reports.object_id
}

# User Administrator limited to an administrative unit.
resource "azuread_directory_role_assignment" "contractor_admin" {
  role_id             = "fe930be7-5e62-47db-91af-98c3a49a38b1"
  principal_object_id = azuread_service_principal.reports.object_id
  directory_scope_id  = "/administrativeUnits/${azuread_administrative_unit.contractors.object_id}"
}

# Application Administrator over one application only.
resource "azuread_directory_role_assignment" "own_app_admin" {
  role_id             = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"
  principal_object_id = azuread_service_principal.reports.object_id
  directory_scope_id  = "/${azuread_application.reports.object_id}"
}

# Reading the directory (Directory.Read.All) and managing only the
# applications it owns (Application.ReadWrite.OwnedBy).
resource "azuread_app_role_assignment" "read_directory" {
  app_role_id         = "7ab1d382-f21e-4acd-a863-ba3e13f7da61"
  principal_object_id = azuread_service_principal.reports.object_id
  resource_object_id  = "11111111-1111-1111-1111-111111111111"
}

resource "azuread_app_role_assignment" "owned_apps" {
  app_role_id         = "18a4783c-866b-4cc7-a460-3d5e5662c884"
  principal_object_id = azuread_service_principal.reports.object_id
  resource_object_id  = "11111111-1111-1111-1111-111111111111"
}

resource "azuread_service_principal" "msgraph" {
  client_id    = "00000003-0000-0000-c000-000000000000"
  use_existing = true
}

# Reading users, by name: not a privileged permission.
resource "azuread_app_role_assignment" "read_users" {
  app_role_id         = azuread_service_principal.msgraph.app_role_ids["User.Read.All"]
  principal_object_id = azuread_service_principal.reports.object_id
  resource_object_id  = azuread_service_principal.msgraph.object_id
}
