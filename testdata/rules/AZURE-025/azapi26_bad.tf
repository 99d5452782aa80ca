# Resources written with the azapi provider (Azure Verified Modules'
# idiom): the ARM properties in body, as an HCL object or jsonencode.

resource "azapi_resource" "logs" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmelogs"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      minimumTlsVersion    = "TLS1_0" # want AZURE-025 "minimumTlsVersion"
      allowSharedKeyAccess = false
      publicNetworkAccess  = "Disabled"
    }
  }
}

resource "azapi_resource" "sql" {
  type      = "Microsoft.Sql/servers@2023-08-01-preview"
  name      = "acme-sql"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = jsonencode({ # want AZURE-025 "minimalTlsVersion"
    properties = {
      administrators = {
        azureADOnlyAuthentication = true
        login                     = "sql-admins"
        sid                       = "00000000-0000-0000-0000-000000000000"
        principalType             = "Group"
      }
      minimalTlsVersion   = "1.1"
      publicNetworkAccess = "Disabled"
    }
  })
}

resource "azapi_resource" "shop" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-shop"
  parent_id = "/subscriptions/0000/resourceGroups/rg-web"
  location  = "westeurope"
  body = {
    kind = "app,linux"
    properties = {
      serverFarmId = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverfarms/plan"
      httpsOnly    = true
      siteConfig = {
        ftpsState     = "Disabled"
        minTlsVersion = "1.0" # want AZURE-025 "minTlsVersion"
      }
    }
  }
}

# A patch of an existing app's web configuration.
resource "azapi_update_resource" "shop_web" {
  type        = "Microsoft.Web/sites/config@2023-12-01"
  resource_id = "${azapi_resource.shop.id}/config/web"
  body = {
    properties = {
      scmMinTlsVersion = "1.1" # want AZURE-025 "scmMinTlsVersion"
    }
  }
}

resource "azapi_resource" "events" {
  type      = "Microsoft.EventHub/namespaces@2024-01-01"
  name      = "acme-events"
  parent_id = "/subscriptions/0000/resourceGroups/rg-msg"
  location  = "westeurope"
  body = {
    sku = { name = "Standard", tier = "Standard" }
    properties = {
      disableLocalAuth  = true
      minimumTlsVersion = "1.0" # want AZURE-025
    }
  }
}

resource "azapi_resource" "docs" {
  type      = "Microsoft.DocumentDB/databaseAccounts@2024-05-15"
  name      = "acme-docs"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "GlobalDocumentDB"
    properties = {
      databaseAccountOfferType = "Standard"
      locations                = [{ locationName = "westeurope", failoverPriority = 0 }]
      disableLocalAuth         = true
      publicNetworkAccess      = "Disabled"
      minimalTlsVersion        = "Tls11" # want AZURE-025
    }
  }
}

# The body comes from a variable without a value: cannot tell.
variable "storage_body" {
  type = any
}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmeunknown"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body      = var.storage_body # want-note AZURE-025 # want-note AZURE-026 # want-note AZURE-103 # want-note AZURE-166 # want-note AZURE-034 # want-note AZURE-153
}

# The server's auditing, named by a literal id.
resource "azapi_resource" "sql_auditing" {
  type      = "Microsoft.Sql/servers/extendedAuditingSettings@2023-08-01-preview"
  name      = "default"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  body = {
    properties = {
      state                       = "Enabled"
      isAzureMonitorTargetEnabled = true
      retentionDays               = 120
    }
  }
}

# sensitive_body is merge-patched into body: what it writes is sent too.
resource "azapi_resource" "archive" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmearchive"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      allowSharedKeyAccess = false
      publicNetworkAccess  = "Disabled"
    }
  }
  sensitive_body = {
    properties = {
      minimumTlsVersion = "TLS1_1" # want AZURE-025 "minimumTlsVersion"
    }
  }
}
