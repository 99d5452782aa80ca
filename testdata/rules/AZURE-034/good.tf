variable "kv_public" {
  type = bool
}

resource "azurerm_key_vault" "ok_private" { # want AZURE-112 # want AZURE-169
  name                          = "acme-ok-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = false
}

resource "azurerm_key_vault" "ok_firewalled" { # want AZURE-112 # want AZURE-169
  name                     = "acme-ok-firewalled"
  location                 = "westeurope"
  resource_group_name      = "rg"
  tenant_id                = "00000000-0000-0000-0000-000000000000"
  sku_name                 = "standard"
  purge_protection_enabled = true

  network_acls {
    bypass                     = "AzureServices"
    default_action             = "Deny"
    virtual_network_subnet_ids = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/app"]
  }
}

# Not known statically: not reported.
resource "azurerm_key_vault" "ok_unknown" { # want AZURE-112 # want AZURE-169
  name                          = "acme-ok-unknown"
  location                      = "westeurope"
  resource_group_name           = "rg"
  tenant_id                     = "00000000-0000-0000-0000-000000000000"
  sku_name                      = "standard"
  purge_protection_enabled      = true
  public_network_access_enabled = var.kv_public # want-note AZURE-034
}

resource "azurerm_cosmosdb_account" "ok_ip_filter" { # want AZURE-108 # want AZURE-170
  name                = "acme-ok-ip"
  location            = "westeurope"
  resource_group_name = "rg"
  offer_type          = "Standard"
  ip_range_filter     = ["203.0.113.0/24"]

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "ok_vnet" { # want AZURE-108 # want AZURE-170
  name                              = "acme-ok-vnet"
  location                          = "westeurope"
  resource_group_name               = "rg"
  offer_type                        = "Standard"
  is_virtual_network_filter_enabled = true

  virtual_network_rule {
    id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "ok_private" { # want AZURE-108 # want AZURE-170
  name                          = "acme-ok-private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  offer_type                    = "Standard"
  public_network_access_enabled = false

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westeurope"
    failover_priority = 0
  }
}

# The split resource decides: Deny.
resource "azurerm_storage_account" "ok_split_deny" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeoksplit"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Allow"
  }

  lifecycle {
    ignore_changes = [network_rules]
  }
}

resource "azurerm_storage_account_network_rules" "ok_split_deny" {
  storage_account_id = azurerm_storage_account.ok_split_deny.id
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
}

# Public network access disabled: the rules do not matter.
resource "azurerm_storage_account" "ok_no_public" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                          = "acmeoknopublic"
  resource_group_name           = "rg"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = false

  network_rules {
    default_action = "Allow"
  }
}

# azurerm 4.x: public_network_access written Disabled decides.
resource "azurerm_storage_account" "ok_no_public_v4" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeoknopublic4"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  public_network_access    = "Disabled"

  network_rules {
    default_action = "Allow"
  }
}

# No network rules at all: open by default, which is AZURE-153; this rule
# reports only an explicit Allow.
resource "azurerm_storage_account" "ok_default" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeokdefault"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# The split resource names the account by a literal id.
resource "azurerm_storage_account" "ok_literal_split" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                     = "acmeokliteral"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"

  network_rules {
    default_action = "Allow"
  }
}

resource "azurerm_storage_account_network_rules" "ok_literal_split" {
  storage_account_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/acmeokliteral"
  default_action     = "Deny"
  ip_rules           = ["203.0.113.10"]
}

variable "storage_public" {
  type = bool
}

# Open rules, but whether public network access is on comes from a
# variable without a value: an undecided note, not a finding.
resource "azurerm_storage_account" "ok_unknown_public" { # want AZURE-144 # want AZURE-166 # want AZURE-168 # want AZURE-103
  name                          = "acmeokunknown"
  resource_group_name           = "rg"
  location                      = "westeurope"
  account_tier                  = "Standard"
  account_replication_type      = "LRS"
  public_network_access_enabled = var.storage_public # want-note AZURE-034

  network_rules {
    default_action = "Allow"
  }
}
