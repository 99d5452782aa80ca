# Secure resources written with the azapi provider, in the idioms Azure
# Verified Modules use: body as an HCL object built from locals and
# variables with defaults, jsonencode, for_each, azapi_update_resource
# patches that leave the settings alone.

variable "min_tls_version" {
  type    = string
  default = "TLS1_2"
}

variable "api_version" {
  type    = string
  default = "2023-05-01"
}

locals {
  storage_base = {
    minimumTlsVersion        = var.min_tls_version
    supportsHttpsTrafficOnly = true
    allowBlobPublicAccess    = false
    allowSharedKeyAccess     = false
  }
  accounts = {
    logs = { sku = "Standard_ZRS" }
    data = { sku = "Standard_GRS" }
  }
}

resource "azapi_resource" "storage" {
  for_each  = local.accounts
  type      = "Microsoft.Storage/storageAccounts@${var.api_version}"
  name      = "acme${each.key}"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = each.value.sku }
    properties = merge(local.storage_base, {
      networkAcls = {
        bypass        = "AzureServices"
        defaultAction = "Deny"
        ipRules       = [{ action = "Allow", value = "203.0.113.0/24" }]
      }
    })
  }
}

# ARM defaults: https-only (since 2019-04-01) and no anonymous blob access
# (2023-01-01 and later) when the properties are left out.
resource "azapi_resource" "private" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmeprivate"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = jsonencode({
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      minimumTlsVersion    = "TLS1_2"
      allowSharedKeyAccess = false
      publicNetworkAccess  = "Disabled"
    }
  })
}

# A patch that changes only the access tier: what it leaves out is not
# judged.
resource "azapi_update_resource" "tier" {
  type        = "Microsoft.Storage/storageAccounts@2023-05-01"
  resource_id = azapi_resource.private.id
  body = {
    properties = {
      accessTier = "Cool"
    }
  }
}

resource "azapi_resource" "vault" {
  type      = "Microsoft.KeyVault/vaults@2023-07-01"
  name      = "acme-vault"
  parent_id = "/subscriptions/0000/resourceGroups/rg-sec"
  location  = "westeurope"
  body = {
    properties = {
      tenantId                = "00000000-0000-0000-0000-000000000000"
      sku                     = { family = "A", name = "standard" }
      enableRbacAuthorization = true
      enablePurgeProtection   = true
      enableSoftDelete        = true
      networkAcls = {
        bypass        = "AzureServices"
        defaultAction = "Deny"
      }
    }
  }
}

resource "azapi_resource" "sql" {
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

resource "azapi_resource" "pg" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  name      = "acme-pg"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    sku = { name = "Standard_D2ds_v5", tier = "GeneralPurpose" }
    properties = {
      version = "16"
      network = {
        delegatedSubnetResourceId   = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pg"
        privateDnsZoneArmResourceId = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/privateDnsZones/acme.postgres.database.azure.com"
      }
      authConfig = { activeDirectoryAuth = "Enabled" }
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
      databaseAccountOfferType      = "Standard"
      locations                     = [{ locationName = "westeurope", failoverPriority = 0 }]
      disableLocalAuth              = true
      isVirtualNetworkFilterEnabled = true
      virtualNetworkRules           = [{ id = "/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app" }]
    }
  }
}

resource "azapi_resource" "aks" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "acme-aks"
  parent_id = "/subscriptions/0000/resourceGroups/rg-aks"
  location  = "westeurope"
  identity {
    type = "SystemAssigned"
  }
  body = {
    properties = {
      dnsPrefix            = "acme"
      networkProfile       = { networkPlugin = "azure", networkPolicy = "calico" }
      disableLocalAccounts = true
      aadProfile           = { managed = true, enableAzureRBAC = true }
      apiServerAccessProfile = {
        authorizedIPRanges = ["203.0.113.0/24"]
      }
      agentPoolProfiles = [{ name = "system", mode = "System", count = 3, vmSize = "Standard_D4ds_v5" }]
    }
  }
}

resource "azapi_resource" "registry" {
  type      = "Microsoft.ContainerRegistry/registries@2023-07-01"
  name      = "acmeregistry"
  parent_id = "/subscriptions/0000/resourceGroups/rg-aks"
  location  = "westeurope"
  body = {
    sku = { name = "Premium" }
    properties = {
      adminUserEnabled    = false
      publicNetworkAccess = "Disabled"
    }
  }
}

resource "azapi_resource" "bus" {
  type      = "Microsoft.ServiceBus/namespaces@2022-10-01-preview"
  name      = "acme-bus"
  parent_id = "/subscriptions/0000/resourceGroups/rg-msg"
  location  = "westeurope"
  body = {
    sku = { name = "Premium", tier = "Premium", capacity = 1 }
    properties = {
      disableLocalAuth    = true
      minimumTlsVersion   = "1.2"
      publicNetworkAccess = "Disabled"
    }
  }
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
        ftpsState     = "FtpsOnly"
        minTlsVersion = "1.2"
      }
    }
  }
}

# Another child of the app: not its web configuration.
resource "azapi_resource" "shop_logs" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "logs"
  parent_id = azapi_resource.shop.id
  body = {
    properties = {
      httpLogs = { fileSystem = { enabled = true, retentionInDays = 30, retentionInMb = 35 } }
    }
  }
}

# Other ARM types, and one whose type is not known: not judged.
resource "azapi_resource" "rg" {
  type     = "Microsoft.Resources/resourceGroups@2024-03-01"
  name     = "rg-data"
  location = "westeurope"
}

variable "arm_type" {
  type = string
}

resource "azapi_resource" "any" {
  type      = var.arm_type
  name      = "whatever"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  body      = {}
}

# The server's auditing, as a child named by reference.
resource "azapi_resource" "sql_auditing" {
  type      = "Microsoft.Sql/servers/auditingSettings@2023-08-01-preview"
  name      = "default"
  parent_id = azapi_resource.sql.id
  body = {
    properties = {
      state                       = "Enabled"
      isAzureMonitorTargetEnabled = true
      retentionDays               = 0
    }
  }
}

# Left out, the storage API reference reads minimumTlsVersion as TLS 1.0,
# but Azure Storage refuses TLS 1.0 and 1.1 for every account since
# 3 February 2026: not reported.
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
}

variable "sql_admin_password" {
  type      = string
  sensitive = true
}

# The administrator password in sensitive_body (write-only) is merged with
# body: body's properties stay as written.
resource "azapi_resource" "reporting_sql" {
  type      = "Microsoft.Sql/servers@2023-08-01-preview"
  name      = "acme-reporting-sql"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data"
  location  = "westeurope"
  body = {
    properties = {
      administratorLogin  = "sqladmin"
      minimalTlsVersion   = "1.2"
      publicNetworkAccess = "Disabled"
    }
  }
  sensitive_body = {
    properties = {
      administratorLoginPassword = var.sql_admin_password
    }
  }
}

resource "azapi_resource" "reporting_sql_auditing" {
  type      = "Microsoft.Sql/servers/auditingSettings@2023-08-01-preview"
  name      = "default"
  parent_id = azapi_resource.reporting_sql.id
  body = {
    properties = {
      state                       = "Enabled"
      isAzureMonitorTargetEnabled = true
      retentionDays               = 0
    }
  }
}
