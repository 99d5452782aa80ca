locals {
  storage_default = "Allow"
}

# Public network access and no network_acls: the defaults.
resource "azurerm_key_vault" "secrets" { # want AZURE-034 AZURE-112 # want AZURE-169
  name                     = "acme-secrets"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true
}

resource "azurerm_key_vault" "acl_allow" { # want AZURE-112 # want AZURE-169
  name                     = "acme-acl-allow"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    bypass         = "AzureServices"
    default_action = "Allow" # want AZURE-034
    ip_rules       = ["203.0.113.0/24"]
  }
}

# Deny by default, then an IP rule that admits every address again.
resource "azurerm_key_vault" "acl_everyone" { # want AZURE-112 # want AZURE-169
  name                     = "acme-acl-everyone"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    bypass         = "AzureServices"
    default_action = "Deny"
    ip_rules       = ["203.0.113.0/24", "0.0.0.0/0"] # want AZURE-034 "ip_rules lists 0.0.0.0/0"
  }
}

resource "azurerm_cosmosdb_account" "orders" { # want AZURE-034 AZURE-108 # want AZURE-170
  name                = "acme-orders"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# Inline network rules, the action from a local.
resource "azurerm_storage_account" "inline" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeinline"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = local.storage_default # want AZURE-034
  }
}

# Network rules in their own resource.
resource "azurerm_storage_account" "split" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmesplit"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account_network_rules" "split" {
  storage_account_id = azurerm_storage_account.split.id
  default_action     = "Allow" # want AZURE-034
}

# azurerm 3.x: one comma-separated string; 0.0.0.0/0 admits every address.
resource "azurerm_cosmosdb_account" "wide_filter" { # want AZURE-108 # want AZURE-170
  name                = "acme-wide-filter"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  ip_range_filter     = "203.0.113.0/24,0.0.0.0/0" # want AZURE-034 "ip_range_filter lists 0.0.0.0/0"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}
