resource "azapi_resource" "assets" {
  type      = "Microsoft.Storage/storageAccounts@2023-05-01"
  name      = "acmeassets"
  parent_id = "/subscriptions/0000/resourceGroups/rg-web"
  location  = "westeurope"
  body = {
    kind = "StorageV2"
    sku  = { name = "Standard_ZRS" }
    properties = {
      minimumTlsVersion     = "TLS1_2"
      allowSharedKeyAccess  = false
      allowBlobPublicAccess = true # want AZURE-103
      networkAcls           = { defaultAction = "Deny", bypass = "AzureServices" }
    }
  }
}

resource "azapi_resource" "blob" {
  type      = "Microsoft.Storage/storageAccounts/blobServices@2023-05-01"
  name      = "default"
  parent_id = azapi_resource.assets.id
  body = {
    properties = {
      deleteRetentionPolicy = { enabled = true, days = 7 }
    }
  }
}

resource "azapi_resource" "images" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "images"
  parent_id = azapi_resource.blob.id
  body = {
    properties = {
      publicAccess = "Blob" # want AZURE-033 "publicAccess = \"Blob\""
    }
  }
}

# A container of an azurerm account, which leaves public access allowed.
resource "azurerm_storage_account" "legacy" { # want AZURE-103 AZURE-144 AZURE-166 AZURE-168
  name                     = "acmelegacy"
  resource_group_name      = "rg-web"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  network_rules {
    default_action = "Deny"
  }
}

resource "azapi_resource" "downloads" {
  type      = "Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01"
  name      = "downloads"
  parent_id = "${azurerm_storage_account.legacy.id}/blobServices/default"
  body = {
    properties = {
      publicAccess = "Container" # want AZURE-033
    }
  }
}
