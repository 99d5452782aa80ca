# The ARM API forbids public access on an account that does not allow it
# (allowBlobPublicAccess defaults to false): the container's setting has
# no effect.
resource "azapi_resource" "assets" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmeassets"
  parent_id = "/subscriptions/0000/resourceGroups/rg-web"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      minimumTlsVersion    = "TLS1_2"
      allowSharedKeyAccess = false
      networkAcls          = { defaultAction = "Deny", bypass = "AzureServices" }
    }
  }
}

resource "azapi_resource" "blob" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = azapi_resource.assets.id
  body      = { properties = {} }
}

resource "azapi_resource" "images" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "images"
  parent_id = azapi_resource.blob.id
  body = {
    properties = {
      publicAccess = "Blob"
    }
  }
}

resource "azapi_resource" "private" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "private"
  parent_id = azapi_resource.blob.id
  body = {
    properties = {
      publicAccess = "None"
    }
  }
}

resource "azapi_resource" "pg_tls" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01"
  name      = "require_secure_transport"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  body = {
    properties = {
      source = "user-override"
      value  = "on"
    }
  }
}

resource "azapi_resource" "pg_log" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01"
  name      = "log_checkpoints"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg"
  body = {
    properties = {
      source = "user-override"
      value  = "on"
    }
  }
}

resource "azapi_resource" "tde" {
  type      = "Microsoft.Sql/servers/databases/transparentDataEncryption@2023-08-01-preview"
  name      = "current"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql/databases/orders"
  body = {
    properties = {
      state = "Enabled"
    }
  }
}

resource "azapi_resource" "bus_network" {
  type      = "Microsoft.ServiceBus/namespaces/networkRuleSets@2022-10-01-preview"
  name      = "default"
  parent_id = "/subscriptions/0000/resourceGroups/rg-msg/providers/Microsoft.ServiceBus/namespaces/acme-bus"
  body = {
    properties = {
      publicNetworkAccess = "Enabled"
      defaultAction       = "Deny"
      ipRules             = [{ ipMask = "203.0.113.0/24", action = "Allow" }]
    }
  }
}
