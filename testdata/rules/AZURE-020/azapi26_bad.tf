# publicNetworkAccess left out: Enabled.
resource "azapi_resource" "sql" {
  type      = "Microsoft.Sql/servers@2023-08-01-preview"
  name      = "acme-sql"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = { # want AZURE-020 "publicNetworkAccess is not set"
      administrators = {
        azureADOnlyAuthentication = true
        login                     = "sql-admins"
        sid                       = "00000000-0000-0000-0000-000000000000"
        principalType             = "Group"
      }
      minimalTlsVersion = "1.2"
    }
  }
}

# No delegated subnet: public access mode.
resource "azapi_resource" "pg" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  name      = "acme-pg"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    sku = { name = "Standard_D2ds_v5", tier = "GeneralPurpose" }
    properties = { # want AZURE-020 "public access mode"
      version    = "16"
      authConfig = { activeDirectoryAuth = "Enabled" }
    }
  }
}

resource "azapi_resource" "mysql" {
  type      = "Microsoft.DBforMySQL/flexibleServers@2023-12-30"
  name      = "acme-mysql"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    sku = { name = "Standard_D2ds_v4", tier = "GeneralPurpose" }
    properties = {
      version = "8.0.21"
      network = {
        publicNetworkAccess = "Enabled" # want AZURE-020 "publicNetworkAccess = \"Enabled\""
      }
    }
  }
}

resource "azapi_resource" "sql_auditing" {
  type      = "Microsoft.Sql/servers/auditingSettings@2023-08-01-preview"
  name      = "default"
  parent_id = azapi_resource.sql.id
  body = {
    properties = {
      state                       = "Enabled"
      isAzureMonitorTargetEnabled = true
    }
  }
}
