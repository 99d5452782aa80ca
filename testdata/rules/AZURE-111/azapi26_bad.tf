# A SQL server written with azapi that nothing audits.
resource "azapi_resource" "sql" { # want AZURE-111 "not audited"
  type      = "Microsoft.Sql/servers@2023-08-01-preview"
  name      = "acme-sql"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = {
      administrators = {
        azureADOnlyAuthentication = true
        login                     = "sql-admins"
        sid                       = "00000000-0000-0000-0000-000000000000"
        principalType             = "Group"
      }
      publicNetworkAccess = "Disabled"
    }
  }
}

# Auditing turned off on another server.
resource "azapi_resource" "legacy_auditing" {
  type      = "Microsoft.Sql/servers/auditingSettings@2023-08-01-preview"
  name      = "default"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-legacy"
  body = {
    properties = {
      state = "Disabled" # want AZURE-111 "state = \"Disabled\""
    }
  }
}
