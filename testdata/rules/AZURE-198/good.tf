resource "azurerm_resource_group" "app" {
  name     = "app"
  location = "westeurope"
}

resource "azurerm_storage_account" "data" { # want AZURE-144
  name                            = "appdata"
  resource_group_name             = azurerm_resource_group.app.name
  location                        = azurerm_resource_group.app.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = false
}

resource "azurerm_linux_function_app" "api" {
  name                          = "api"
  resource_group_name           = azurerm_resource_group.app.name
  location                      = azurerm_resource_group.app.location
  service_plan_id               = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app/providers/Microsoft.Web/serverFarms/plan"
  storage_account_name          = azurerm_storage_account.data.name
  https_only                    = true
  public_network_access_enabled = false
  client_certificate_enabled    = true
  client_certificate_mode       = "Required"

  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false

  site_config {
    minimum_tls_version = "1.2"
    ftps_state          = "Disabled"
  }

  identity {
    type = "SystemAssigned"
  }
}

# The narrow role the function uses, on the resource it uses.
resource "azurerm_role_assignment" "api_blobs" {
  scope                = azurerm_storage_account.data.id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_linux_function_app.api.identity[0].principal_id
}

# Contributor cannot write role assignments.
resource "azurerm_role_assignment" "api_contributor" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Contributor"
  principal_id         = azurerm_linux_function_app.api.identity[0].principal_id
}

# Owner of one resource, not of the group.
resource "azurerm_role_assignment" "api_storage_owner" {
  scope                = azurerm_storage_account.data.id
  role_definition_name = "Owner"
  principal_id         = azurerm_linux_function_app.api.identity[0].principal_id
}

# An access-administration role limited by a condition to the one data role.
resource "azurerm_role_assignment" "api_delegate" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Role Based Access Control Administrator"
  principal_id         = azurerm_linux_function_app.api.identity[0].principal_id
  condition_version    = "2.0"
  condition            = <<-EOT
    (
     (
      !(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})
     )
     OR
     (
      @Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {ba92f5b4-2d11-453d-a403-e96b0029c9fe}
     )
    )
  EOT
}

# The deployment pipeline's service principal: it creates the group's role
# assignments by design.
variable "pipeline_principal_id" {
  type    = string
  default = "11111111-2222-3333-4444-555555555555"
}

resource "azurerm_role_assignment" "pipeline_owner" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Owner"
  principal_id         = var.pipeline_principal_id
}

# A user-assigned identity that no compute resource carries (a workflow's
# federated identity).
resource "azurerm_user_assigned_identity" "deployer" {
  name                = "deployer"
  resource_group_name = azurerm_resource_group.app.name
  location            = azurerm_resource_group.app.location
}

resource "azurerm_federated_identity_credential" "deployer" {
  name                = "github-main"
  resource_group_name = azurerm_resource_group.app.name
  parent_id           = azurerm_user_assigned_identity.deployer.id
  audience            = ["api://AzureADTokenExchange"]
  issuer              = "https://token.actions.githubusercontent.com"
  subject             = "repo:example/app:ref:refs/heads/main"
}

resource "azurerm_role_assignment" "deployer_owner" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Owner"
  principal_id         = azurerm_user_assigned_identity.deployer.principal_id
}

# Owner of a resource inside a group, its id assembled: narrower than the group.
data "azurerm_subscription" "primary" {}

resource "azurerm_role_assignment" "api_vault_owner" {
  scope                = "${data.azurerm_subscription.primary.id}/resourceGroups/app/providers/Microsoft.KeyVault/vaults/app-kv"
  role_definition_name = "Owner"
  principal_id         = azurerm_linux_function_app.api.identity[0].principal_id
}
