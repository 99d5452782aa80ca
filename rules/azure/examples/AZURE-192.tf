resource "azuread_application" "provisioning" {
  display_name = "contractor-provisioning"
}

resource "azuread_service_principal" "provisioning" {
  client_id = azuread_application.provisioning.client_id
}

resource "azuread_administrative_unit" "contractors" {
  display_name = "Contractors"
}

# User Administrator over the contractors' administrative unit only.
resource "azuread_directory_role_assignment" "provisioning" {
  role_id             = "fe930be7-5e62-47db-91af-98c3a49a38b1"
  principal_object_id = azuread_service_principal.provisioning.object_id
  directory_scope_id  = "/administrativeUnits/${azuread_administrative_unit.contractors.object_id}"
}
