variable "access_type" {
  type = string
}

variable "nested_public" {
  type = bool
}

resource "azurerm_storage_account" "ok_locked" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmeoklocked"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_account" "ok_unknown_flag" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmeokunknown"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  allow_nested_items_to_be_public = var.nested_public # want-note AZURE-103 AZURE-033
}

# The account forbids public containers.
resource "azurerm_storage_container" "ok_blocked" {
  name                  = "public"
  storage_account_id    = azurerm_storage_account.ok_locked.id
  container_access_type = "blob"
}

resource "azurerm_storage_container" "ok_blocked_by_name" {
  name                  = "public-by-name"
  storage_account_name  = "acmeoklocked"
  container_access_type = "container"
}

# The default access type is private.
resource "azurerm_storage_container" "ok_private" {
  name               = "private"
  storage_account_id = azurerm_storage_account.web.id
}

# Not known statically, or the account is not in the scanned code: the
# account lets containers be public, or may, so these are undecided.
resource "azurerm_storage_container" "ok_unknown_type" {
  name                  = "unknown"
  storage_account_id    = azurerm_storage_account.web.id
  container_access_type = var.access_type # want-note AZURE-033 "container_access_type"
}

# Not known statically, but the account forbids public containers.
resource "azurerm_storage_container" "ok_unknown_type_locked" {
  name                  = "unknown-locked"
  storage_account_id    = azurerm_storage_account.ok_locked.id
  container_access_type = var.access_type
}

resource "azurerm_storage_container" "ok_unknown_account_flag" {
  name                  = "unknown-flag"
  storage_account_id    = azurerm_storage_account.ok_unknown_flag.id
  container_access_type = "blob"
}

resource "azurerm_storage_container" "ok_elsewhere" {
  name                  = "elsewhere"
  storage_account_name  = "someoneelsesaccount"
  container_access_type = "blob" # want-note AZURE-033 "not in the scanned code"
}
